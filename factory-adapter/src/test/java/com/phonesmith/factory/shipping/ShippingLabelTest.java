package com.phonesmith.factory.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShippingLabelTest {
    static final ShippingLabel.Data LABEL = new ShippingLabel.Data("6f1c2a44-8f0e-4c8e-9d5b-2b7e0c1d9a10",
            TrackingNumbers.forSequence(42), "PostNord", "Phonesmith factory, Verkstadsgatan 7, 211 19 Malmö, Sweden",
            "lumo-one, coral, 64 GB", "356938035643809");

    @Test
    void theLabelIsOneFourBySixPageThatSaysWhatItCarriesAndWhereItComesFrom() throws Exception {
        byte[] pdf = ShippingLabel.pdf(LABEL);
        assertThat(LabelReader.pages(pdf)).isEqualTo(1);
        String text = LabelReader.text(pdf);
        assertThat(text).contains("PostNord", LABEL.trackingNumber(), LABEL.orderId(),
                "1 phone: lumo-one, coral, 64 GB", "IMEI 356938035643809", "Malmö");
    }

    @Test
    void aScannerReadsTheTrackingNumberAndTheOrderIdFromItsCode128Barcodes() throws Exception {
        assertThat(LabelReader.barcodes(ShippingLabel.pdf(LABEL)))
                .containsExactly(LABEL.trackingNumber(), LABEL.orderId());
    }
}

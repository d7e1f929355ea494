package com.phonesmith.web.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.web.backend.Timeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentReleaseTest {
    private static Timeline.Entry entry(String type, String detail) {
        return new Timeline.Entry("2026-12-01T20:00:00Z", type, detail);
    }

    @Test
    void nothingIsSaidWhileThePaymentHasNotBeenReleased() {
        assertThat(PaymentRelease.of(List.of(entry("Cancelled", "cancelled by the shopper")))).isEmpty();
    }

    @Test
    void aVoidedHoldSaysThatNothingWasCharged() {
        assertThat(PaymentRelease.of(List.of(entry("Cancelled", "x"),
                entry("PaymentReleased", "hold voided: nothing was charged"))))
                .contains("Nothing was charged: the hold on your payment was released.");
    }

    @Test
    void aRefundSaysHowMuchWasRefunded() {
        assertThat(PaymentRelease.of(List.of(entry("PaymentCaptured", "captured 499.00 EUR"),
                entry("PaymentReleased", "refunded 499.00 EUR"))))
                .contains("Your payment was refunded: 499.00 EUR.");
    }

    @Test
    void aDetailThatSaysNeitherIsARefundOnlyOnceThePaymentWasCaptured() {
        assertThat(PaymentRelease.sentence("done", true)).isEqualTo("Your payment was refunded.");
        assertThat(PaymentRelease.sentence("done", false))
                .isEqualTo("Nothing was charged: the hold on your payment was released.");
        assertThat(PaymentRelease.sentence(null, false))
                .isEqualTo("Nothing was charged: the hold on your payment was released.");
    }
}

package com.phonesmith.web.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.web.backend.Catalog;
import com.phonesmith.web.backend.Order;
import com.phonesmith.web.backend.Timeline;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderViewTest {
    private static final Catalog CATALOG = new Catalog("EUR",
            List.of(new Catalog.Maker("lumo", "Lumo Mobile")),
            List.of(new Catalog.Model("lumo-one", "lumo", "Lumo One", List.of())),
            List.of(new Catalog.Option("microg", "microG services", "", 0)),
            List.of(new Catalog.Option("signal", "Signal", "", 0)));

    private static Order order(String status) {
        return new Order("ord-1", status, "lumo", "lumo-one", "coral", 128, List.of("microg", "retired-feature"),
                List.of("signal"), 27900, "EUR", "ada@example.org", "2026-11-25T09:15:00Z", "2026-11-26",
                "2026-11-28", null);
    }

    @Test
    void theConfigurationIsShownWithCatalogNamesAndCodesForWhatTheCatalogNoLongerLists() {
        ProgressView progress = ProgressView.of("ord-1", Optional.empty(), "PLACED", ZoneOffset.UTC);

        OrderView view = OrderView.of(order("PLACED"), CATALOG, progress, ZoneOffset.UTC);

        assertThat(view.maker()).isEqualTo("Lumo Mobile");
        assertThat(view.model()).isEqualTo("Lumo One");
        assertThat(view.colour()).isEqualTo("Coral");
        assertThat(view.storage()).isEqualTo("128 GB");
        assertThat(view.features()).containsExactly("microG services", "retired-feature");
        assertThat(view.apps()).containsExactly("Signal");
        assertThat(view.price()).isEqualTo("€279.00");
        assertThat(view.placedAt().text()).isEqualTo("2026-11-25 09:15:00 UTC");
        assertThat(view.delivery().headline()).isEqualTo("Delivered by Saturday 28 November");
        assertThat(view.delivery().ship().text()).isEqualTo("Thursday 26 November");
    }

    @Test
    void theProgressFollowsTheWorkflowsTimelineAndStaysLiveUntilShipped() {
        Timeline timeline = new Timeline("ord-1", "FLASHED", List.of(
                new Timeline.Entry("2026-11-25T10:00:00Z", "Flashed", "slot 3"),
                new Timeline.Entry(null, null, null)), false);

        ProgressView progress = ProgressView.of("ord-1", Optional.of(timeline), "PLACED", ZoneOffset.UTC);

        assertThat(progress.status().label()).isEqualTo("Flashed");
        assertThat(progress.live()).isTrue();
        assertThat(progress.streamUrl()).isEqualTo("/orders/ord-1/live");
        assertThat(progress.entries()).hasSize(2);
        assertThat(progress.entries().get(0).at().text()).isEqualTo("2026-11-25 10:00:00 UTC");
        assertThat(progress.entries().get(1).type()).isEmpty();
    }

    @Test
    void aShippedOrderStaysLiveUntilItIsDelivered() {
        Timeline shipped = new Timeline("ord-1", "SHIPPED", List.of(), false);
        Timeline delivered = new Timeline("ord-1", "DELIVERED", List.of(), false);

        assertThat(ProgressView.of("ord-1", Optional.of(shipped), "PLACED", ZoneOffset.UTC).live()).isTrue();
        assertThat(ProgressView.of("ord-1", Optional.of(delivered), "PLACED", ZoneOffset.UTC).live()).isFalse();
    }

    @Test
    void aCancelledOrderStaysLiveUntilItsPaymentIsReleased() {
        List<Timeline.Entry> cancelled = List.of(new Timeline.Entry("2026-12-01T20:00:00Z", "Cancelled",
                "cancelled by the shopper"));
        List<Timeline.Entry> released = List.of(cancelled.get(0), new Timeline.Entry("2026-12-01T20:00:05Z",
                "PaymentReleased", "hold voided: nothing was charged"));

        ProgressView waiting = ProgressView.of("ord-1", Optional.of(new Timeline("ord-1", "CANCELLED", cancelled,
                false)), "PLACED", ZoneOffset.UTC);
        ProgressView paidBack = ProgressView.of("ord-1", Optional.of(new Timeline("ord-1", "CANCELLED", released,
                false)), "PLACED", ZoneOffset.UTC);

        assertThat(waiting.cancelled()).isTrue();
        assertThat(waiting.payment()).isEmpty();
        assertThat(waiting.live()).isTrue();
        assertThat(paidBack.payment()).isEqualTo("Nothing was charged: the hold on your payment was released.");
        assertThat(paidBack.live()).isFalse();
    }

    @Test
    void theCancelPartFitsTheViewerAndOnlyWhenOrderWorkflowSaysTheyMayCancel() {
        assertThat(CancelForm.of("ord-1", false, "shopper", null).kind()).isEqualTo(CancelForm.Kind.NONE);
        assertThat(CancelForm.of("ord-1", true, "shopper", null).kind()).isEqualTo(CancelForm.Kind.SHOPPER);
        assertThat(CancelForm.of("ord-1", true, "", "token").trackingToken()).isEqualTo("token");
        assertThat(CancelForm.of("ord-1", true, "support", null).kind()).isEqualTo(CancelForm.Kind.SUPPORT);
        assertThat(CancelForm.of("ord-1", true, "support", null).supportPath()).isEqualTo("/support/orders/ord-1/cancel");
    }

    @Test
    void orderWorkflowsRefusalReadsAsASentence() {
        CancelForm refused = CancelForm.of("ord-1", false, "shopper", null).refused("too slow", "",
                "flashing has started: only support can cancel it now");

        assertThat(refused.refusal()).isEqualTo("Flashing has started: only support can cancel it now.");
        assertThat(refused.reason()).isEqualTo("too slow");
    }
}

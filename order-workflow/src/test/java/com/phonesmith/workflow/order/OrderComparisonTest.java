package com.phonesmith.workflow.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.contracts.events.OrderPlaced;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderComparisonTest {
    private static final Instant PLACED_AT = Instant.parse("2026-11-25T10:15:30.123456789Z");

    @Test
    void theSameOrderPlacedAgainDiffersInNothing() {
        assertThat(OrderService.differenceBetween(stored(), placed("slate", List.of("microg")))).isNull();
    }

    @Test
    void aTimeTheDatabaseRoundedToTheMicrosecondStillCountsAsTheSame() {
        WorkflowOrder order = stored();
        order.placedAt = Instant.parse("2026-11-25T10:15:30.123457Z");
        assertThat(OrderService.differenceBetween(order, placed("slate", List.of("microg")))).isNull();
    }

    @Test
    void aTimeThatDiffersByAMillisecondIsADifference() {
        WorkflowOrder order = stored();
        order.placedAt = Instant.parse("2026-11-25T10:15:30.122456789Z");
        assertThat(OrderService.differenceBetween(order, placed("slate", List.of("microg"))))
                .startsWith("placedAt was 2026-11-25T10:15:30.122456789Z");
    }

    @Test
    void aDifferentConfigurationNamesEachDifference() {
        assertThat(OrderService.differenceBetween(stored(), placed("birch", List.of("microg", "work-profile"))))
                .isEqualTo("colour was slate, now birch; features was [microg], now [microg, work-profile]");
    }

    private static WorkflowOrder stored() {
        WorkflowOrder order = new WorkflowOrder();
        order.orderId = "order-1";
        order.maker = "nordvik";
        order.model = "nordvik-fjord";
        order.colour = "slate";
        order.storageGb = 128;
        order.features = List.of("microg");
        order.apps = List.of("firefox");
        order.placedAt = PLACED_AT;
        return order;
    }

    private static OrderPlaced placed(String colour, List<String> features) {
        return new OrderPlaced("order-1", "nordvik", "nordvik-fjord", colour, 128, features, List.of("firefox"),
                49_900, "EUR", "shopper@example.org", PLACED_AT);
    }
}

package com.phonesmith.factory.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WorkOrderStatesTest {
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    static WorkOrder order(WorkOrderStatus status) {
        WorkOrder order = new WorkOrder();
        order.orderId = "order-1";
        order.status = status;
        return order;
    }

    @Test
    void theHappyPathIsAllowedStepByStep() {
        WorkOrder order = new WorkOrder();
        order.orderId = "order-1";
        for (WorkOrderStatus next : new WorkOrderStatus[] {WorkOrderStatus.WAITING_FOR_STOCK, WorkOrderStatus.RESERVED,
                WorkOrderStatus.FLASH_PENDING, WorkOrderStatus.FLASHING, WorkOrderStatus.QA_PASSED,
                WorkOrderStatus.PACKED, WorkOrderStatus.SHIPPED}) {
            WorkOrderStates.move(order, next, null, NOW);
            assertThat(order.status).isEqualTo(next);
        }
        assertThat(order.updatedAt).isEqualTo(NOW);
    }

    @Test
    void aFailedQaOrFlashCanBeFlashedAgainButNotPacked() {
        assertThat(WorkOrderStates.allowed(WorkOrderStatus.QA_FAILED, WorkOrderStatus.FLASH_PENDING)).isTrue();
        assertThat(WorkOrderStates.allowed(WorkOrderStatus.FAILED, WorkOrderStatus.FLASH_PENDING)).isTrue();
        assertThat(WorkOrderStates.allowed(WorkOrderStatus.QA_FAILED, WorkOrderStatus.PACKED)).isFalse();
    }

    @Test
    void nothingMovesAShippedOrderAndNothingSkipsQa() {
        for (WorkOrderStatus any : WorkOrderStatus.values()) {
            assertThat(WorkOrderStates.allowed(WorkOrderStatus.SHIPPED, any)).isFalse();
        }
        assertThatThrownBy(() -> WorkOrderStates.move(order(WorkOrderStatus.FLASHING), WorkOrderStatus.PACKED, null,
                NOW)).isInstanceOf(IllegalStateException.class)
                .hasMessage("work order order-1 cannot move from FLASHING to PACKED");
    }

    @Test
    void everyOrderThatHasNotShippedCanBeCancelled() {
        for (WorkOrderStatus status : WorkOrderStatus.values()) {
            assertThat(WorkOrderStates.allowed(status, WorkOrderStatus.CANCELLED)).as("%s to CANCELLED", status)
                    .isEqualTo(status != WorkOrderStatus.SHIPPED);
        }
    }

    @Test
    void aCancelledOrderNeverMovesOnAgain() {
        for (WorkOrderStatus any : WorkOrderStatus.values()) {
            assertThat(WorkOrderStates.allowed(WorkOrderStatus.CANCELLED, any)).as("CANCELLED to %s", any)
                    .isEqualTo(any == WorkOrderStatus.CANCELLED);
        }
        assertThatThrownBy(() -> WorkOrderStates.move(order(WorkOrderStatus.CANCELLED), WorkOrderStatus.FLASH_PENDING,
                NOW, NOW)).isInstanceOf(IllegalStateException.class)
                .hasMessage("work order order-1 cannot move from CANCELLED to FLASH_PENDING");
    }

    @Test
    void aNewWorkOrderWaitsForStockOrIsATombstoneOfACancelledOrder() {
        assertThat(WorkOrderStates.allowed(null, WorkOrderStatus.WAITING_FOR_STOCK)).isTrue();
        assertThat(WorkOrderStates.allowed(null, WorkOrderStatus.CANCELLED)).isTrue();
        assertThat(WorkOrderStates.allowed(null, WorkOrderStatus.RESERVED)).isFalse();
    }

    @Test
    void aSwappedHandsetLeavesTheOrderFlashingAnotherOneOrWaitingForStock() {
        for (WorkOrderStatus failed : new WorkOrderStatus[] {WorkOrderStatus.QA_FAILED, WorkOrderStatus.FAILED}) {
            assertThat(WorkOrderStates.allowed(failed, WorkOrderStatus.FLASH_PENDING)).isTrue();
            assertThat(WorkOrderStates.allowed(failed, WorkOrderStatus.WAITING_FOR_STOCK)).isTrue();
        }
        assertThat(WorkOrderStates.allowed(WorkOrderStatus.QA_PASSED, WorkOrderStatus.WAITING_FOR_STOCK)).isFalse();
    }

    @Test
    void everyStatusSaysWhereItMayGo() {
        for (WorkOrderStatus status : WorkOrderStatus.values()) {
            assertThat(WorkOrderStates.MOVES).containsKey(status);
        }
    }
}

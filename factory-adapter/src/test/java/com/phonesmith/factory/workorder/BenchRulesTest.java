package com.phonesmith.factory.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.factory.floor.StationKind;
import org.junit.jupiter.api.Test;

class BenchRulesTest {
    @Test
    void aPhoneIsWorkedAtQaWhileItWaitsForItsCheckAndAtPackingOnceItPassed() {
        assertThat(BenchRules.misfit(StationKind.QA, "o1", WorkOrderStatus.QA_PENDING)).isEmpty();
        assertThat(BenchRules.misfit(StationKind.PACKING, "o1", WorkOrderStatus.QA_PASSED)).isEmpty();
    }

    @Test
    void aPhoneElsewhereIsRefusedSayingWhereItIs() {
        assertThat(BenchRules.misfit(StationKind.QA, "o1", WorkOrderStatus.QA_PASSED)).hasValue(
                "order o1 is at the packing station: it passed QA (QA_PASSED), not waiting at qa");
        assertThat(BenchRules.misfit(StationKind.PACKING, "o1", WorkOrderStatus.RESERVED)).hasValue(
                "order o1 is still at kitting (RESERVED), not waiting at packing");
        assertThat(BenchRules.misfit(StationKind.PACKING, "o1", WorkOrderStatus.QA_PENDING)).get().asString()
                .contains("waiting for its check at the QA station");
    }

    @Test
    void aCancelledOrdersPhoneIsNeverWorked() {
        for (StationKind bench : new StationKind[] {StationKind.QA, StationKind.PACKING}) {
            assertThat(BenchRules.misfit(bench, "o1", WorkOrderStatus.CANCELLED)).get().asString()
                    .contains("cancelled");
        }
    }

    @Test
    void aPhoneWaitingForItsOperatorsCheckIsPassedOrFailedOrCancelledNothingElse() {
        assertThat(WorkOrderStates.allowed(WorkOrderStatus.FLASHING, WorkOrderStatus.QA_PENDING)).isTrue();
        assertThat(WorkOrderStates.allowed(WorkOrderStatus.QA_PENDING, WorkOrderStatus.QA_PASSED)).isTrue();
        assertThat(WorkOrderStates.allowed(WorkOrderStatus.QA_PENDING, WorkOrderStatus.QA_FAILED)).isTrue();
        assertThat(WorkOrderStates.allowed(WorkOrderStatus.QA_PENDING, WorkOrderStatus.CANCELLED)).isTrue();
        assertThat(WorkOrderStates.allowed(WorkOrderStatus.QA_PENDING, WorkOrderStatus.PACKED)).isFalse();
        assertThat(WorkOrderStates.allowed(WorkOrderStatus.QA_PENDING, WorkOrderStatus.FLASH_PENDING)).isFalse();
    }
}

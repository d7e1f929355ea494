package com.phonesmith.factory.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.factory.floor.StationKind;
import org.junit.jupiter.api.Test;

class ScanRulesTest {
    private static ScanRules.Verdict at(StationKind station, WorkOrderStatus status, boolean kitted,
            boolean flashStarted, boolean kittingManual) {
        return ScanRules.judge(station, new ScanRules.Phone("o1", status, kitted, flashStarted), kittingManual);
    }

    @Test
    void aReservedHandsetIsKittedOnceWithOrWithoutItsImageAndAScanAgainChangesNothing() {
        assertThat(at(StationKind.KITTING, WorkOrderStatus.RESERVED, false, false, true).work()).isTrue();
        assertThat(at(StationKind.KITTING, WorkOrderStatus.FLASH_PENDING, false, false, true).work()).isTrue();
        ScanRules.Verdict again = at(StationKind.KITTING, WorkOrderStatus.FLASH_PENDING, true, false, true);
        assertThat(again.work()).isFalse();
        assertThat(again.again()).isTrue();
        assertThat(again.isRefused()).isFalse();
    }

    @Test
    void aPhonePastKittingIsRefusedAtKittingSayingWhereItIs() {
        assertThat(at(StationKind.KITTING, WorkOrderStatus.FLASHING, true, true, true).refusal())
                .isEqualTo("order o1 is past kitting already: it is at the flashing station (FLASHING); no phone to"
                        + " pick for it");
        assertThat(at(StationKind.KITTING, WorkOrderStatus.QA_PASSED, false, false, false).refusal())
                .contains("past kitting already").contains("passed QA");
        assertThat(at(StationKind.KITTING, WorkOrderStatus.CANCELLED, false, false, true).refusal())
                .contains("cancelled");
    }

    @Test
    void aFlashStartsOnlyForAKittedHandsetWhenKittingIsManualAndOnce() {
        assertThat(at(StationKind.FLASHING, WorkOrderStatus.FLASH_PENDING, false, false, true).refusal())
                .isEqualTo("order o1 is not kitted yet (FLASH_PENDING): scan the handset at the kitting station"
                        + " first");
        assertThat(at(StationKind.FLASHING, WorkOrderStatus.FLASH_PENDING, false, false, false).work()).isTrue();
        assertThat(at(StationKind.FLASHING, WorkOrderStatus.FLASH_PENDING, true, false, true).work()).isTrue();
        assertThat(at(StationKind.FLASHING, WorkOrderStatus.RESERVED, true, false, true).work()).isTrue();
        assertThat(at(StationKind.FLASHING, WorkOrderStatus.FLASH_PENDING, true, true, true).again()).isTrue();
        assertThat(at(StationKind.FLASHING, WorkOrderStatus.FLASHING, true, true, true).again()).isTrue();
    }

    @Test
    void aFlashTheStationStartedByItselfOrOneDoneIsNotStartedAgain() {
        assertThat(at(StationKind.FLASHING, WorkOrderStatus.FLASHING, false, false, false).refusal())
                .contains("being flashed already");
        assertThat(at(StationKind.FLASHING, WorkOrderStatus.QA_PENDING, true, true, true).refusal())
                .isEqualTo("order o1 is waiting for its check at the QA station (QA_PENDING), not waiting at"
                        + " flashing");
        assertThat(at(StationKind.FLASHING, WorkOrderStatus.QA_FAILED, true, false, true).refusal())
                .contains("failed QA and waits for rework");
    }

    @Test
    void aPackedParcelShipsOnceAndNothingElseShips() {
        assertThat(at(StationKind.SHIPPING, WorkOrderStatus.PACKED, true, true, true).work()).isTrue();
        assertThat(at(StationKind.SHIPPING, WorkOrderStatus.SHIPPED, true, true, true).again()).isTrue();
        assertThat(at(StationKind.SHIPPING, WorkOrderStatus.QA_PASSED, true, true, true).refusal())
                .isEqualTo("order o1 is at the packing station: it passed QA (QA_PASSED), not waiting at shipping");
        assertThat(at(StationKind.SHIPPING, WorkOrderStatus.RESERVED, false, false, true).refusal())
                .contains("still at kitting");
    }

    @Test
    void theBenchStationsAreNotJudgedByTheseScans() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> at(StationKind.QA, WorkOrderStatus.QA_PENDING, true, true, true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

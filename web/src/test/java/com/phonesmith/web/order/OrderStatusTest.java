package com.phonesmith.web.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderStatusTest {
    @Test
    void theWorkflowsStatusWinsOverTheOrdersOwn() {
        assertThat(OrderStatus.current("IMAGE_READY", "PLACED").code()).isEqualTo("IMAGE_READY");
    }

    @Test
    void theOrdersOwnStatusIsShownWhileTheWorkflowHasNone() {
        assertThat(OrderStatus.current(null, "PLACED").code()).isEqualTo("PLACED");
        assertThat(OrderStatus.current("  ", "PLACED").code()).isEqualTo("PLACED");
    }

    @Test
    void noStatusAtAllIsUnknown() {
        OrderStatus status = OrderStatus.current(null, null);

        assertThat(status.code()).isEqualTo("UNKNOWN");
        assertThat(status.label()).isEqualTo("Unknown");
        assertThat(status.finished()).isFalse();
    }

    @Test
    void codesAreReadInAnyCaseAndWithDashesOrSpaces() {
        assertThat(OrderStatus.of("qa-passed").code()).isEqualTo("QA_PASSED");
        assertThat(OrderStatus.of(" Handset reserved ").code()).isEqualTo("HANDSET_RESERVED");
    }

    @Test
    void labelsAreSentencesThatKeepAcronyms() {
        assertThat(OrderStatus.of("PLACED").label()).isEqualTo("Placed");
        assertThat(OrderStatus.of("IMAGE_READY").label()).isEqualTo("Image ready");
        assertThat(OrderStatus.of("QA_PASSED").label()).isEqualTo("QA passed");
        assertThat(OrderStatus.of("IN_PRODUCTION").label()).isEqualTo("In production");
        assertThat(OrderStatus.of("FACTORY_PROBLEM").label()).isEqualTo("Factory problem");
        assertThat(OrderStatus.of("OS_IMAGE_BUILDING").label()).isEqualTo("OS image building");
    }

    @Test
    void aFailedImageBuildReadsAsSuchAndLooksLikeTheOtherProblems() {
        OrderStatus status = OrderStatus.of("IMAGE_FAILED");

        assertThat(status.code()).isEqualTo("IMAGE_FAILED");
        assertThat(status.label()).isEqualTo("Image build failed");
        assertThat(status.tone()).isEqualTo("problem").isEqualTo(OrderStatus.of("QA_FAILED").tone())
                .isEqualTo(OrderStatus.of("FACTORY_PROBLEM").tone());
        assertThat(status.finished()).as("a later ImageReady may still move the order on").isFalse();
        assertThat(OrderStatus.of("image-failed").label()).isEqualTo("Image build failed");
    }

    @Test
    void deliveredCompletedAndCancelledOrdersAreFinishedSoThePageStopsRefreshing() {
        assertThat(OrderStatus.of("SHIPPED").finished()).as("its delivery is still to come").isFalse();
        assertThat(OrderStatus.of("DELIVERED").finished()).isTrue();
        assertThat(OrderStatus.of("COMPLETED").finished()).isTrue();
        assertThat(OrderStatus.of("CANCELLED").finished()).isTrue();
        assertThat(OrderStatus.of("PACKED").finished()).isFalse();
        assertThat(OrderStatus.of("QA_FAILED").finished()).isFalse();
    }

    @Test
    void aCancelledOrderHasEndedOnPurposeNeitherDoneNorAProblem() {
        OrderStatus status = OrderStatus.of("CANCELLED");

        assertThat(status.label()).isEqualTo("Cancelled");
        assertThat(status.tone()).isEqualTo("ended");
        assertThat(status.finished()).isTrue();
        assertThat(OrderStatus.of("CANCELLATION_FAILED").tone()).isEqualTo("problem");
    }

    @Test
    void theToneTellsDoneFromProblemsFromProgress() {
        assertThat(OrderStatus.of("SHIPPED").tone()).isEqualTo("done");
        assertThat(OrderStatus.of("QA_FAILED").tone()).isEqualTo("problem");
        assertThat(OrderStatus.of("CANCELLED").tone()).isEqualTo("ended");
        assertThat(OrderStatus.of("ESCALATED").tone()).isEqualTo("problem");
        assertThat(OrderStatus.of("FACTORY_PROBLEM").tone()).isEqualTo("problem");
        assertThat(OrderStatus.of("IN_PRODUCTION").tone()).isEqualTo("progress");
        assertThat(OrderStatus.of("FLASHED").tone()).isEqualTo("progress");
    }
}

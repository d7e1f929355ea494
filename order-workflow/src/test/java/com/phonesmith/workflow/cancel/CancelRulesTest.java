package com.phonesmith.workflow.cancel;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.workflow.cancel.CancelRules.Canceller;
import com.phonesmith.workflow.order.OrderStatus;
import org.junit.jupiter.api.Test;

class CancelRulesTest {

    @Test
    void theShopperMayCancelUntilFlashingStartsEvenOnceFlashingIsRequested() {
        assertThat(CancelRules.refusal(Canceller.SHOPPER, OrderStatus.PLACED, false)).isEmpty();
        assertThat(CancelRules.refusal(Canceller.SHOPPER, OrderStatus.IMAGE_FAILED, false)).isEmpty();
        assertThat(CancelRules.refusal(Canceller.SHOPPER, OrderStatus.FLASHING, false)).isEmpty();
        assertThat(CancelRules.refusal(Canceller.SHOPPER, OrderStatus.FLASHING, true))
                .contains("flashing of the phone has started: only support can cancel it now");
        assertThat(CancelRules.refusal(Canceller.SHOPPER, OrderStatus.SHIPPED, false)).isPresent();
    }

    @Test
    void supportMayCancelAnythingNotDeliveredOrCancelledAlready() {
        assertThat(CancelRules.refusal(Canceller.SUPPORT, OrderStatus.QA_FAILED, true)).isEmpty();
        assertThat(CancelRules.refusal(Canceller.SUPPORT, OrderStatus.SHIPPED, true)).isEmpty();
        assertThat(CancelRules.refusal(Canceller.SUPPORT, OrderStatus.DELIVERED, true))
                .contains("the order was delivered: send the phone back as a return instead");
        assertThat(CancelRules.refusal(Canceller.SUPPORT, OrderStatus.CANCELLED, true)).isPresent();
    }

    @Test
    void supportMustGiveAReasonOfAtMostFiveHundredCharactersAndTheShopperMayGiveNone() {
        assertThat(CancelRules.problemWithReason(Canceller.SHOPPER, null)).isNull();
        assertThat(CancelRules.problemWithReason(Canceller.SUPPORT, "  ")).isEqualTo(
                "support must say why the order is cancelled");
        assertThat(CancelRules.problemWithReason(Canceller.SUPPORT, "x".repeat(500))).isNull();
        assertThat(CancelRules.problemWithReason(Canceller.SHOPPER, "x".repeat(501)))
                .isEqualTo("must be at most 500 characters, not 501");
        assertThat(CancelRules.normalised("  moving abroad ")).isEqualTo("moving abroad");
        assertThat(CancelRules.normalised(" ")).isNull();
    }
}

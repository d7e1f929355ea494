package com.phonesmith.workflow.order;

import static com.phonesmith.workflow.order.OrderEvent.FACTORY_STEP_FAILED;
import static com.phonesmith.workflow.order.OrderEvent.FLASHED;
import static com.phonesmith.workflow.order.OrderEvent.HANDSET_RESERVED;
import static com.phonesmith.workflow.order.OrderEvent.IMAGE_BUILD_FAILED;
import static com.phonesmith.workflow.order.OrderEvent.IMAGE_READY;
import static com.phonesmith.workflow.order.OrderEvent.ORDER_PLACED;
import static com.phonesmith.workflow.order.OrderEvent.PACKED;
import static com.phonesmith.workflow.order.OrderEvent.QA_FAILED;
import static com.phonesmith.workflow.order.OrderEvent.QA_PASSED;
import static com.phonesmith.workflow.order.OrderEvent.SHIPPED;
import static com.phonesmith.workflow.timeline.EntryType.BUILD_IMAGE_SENT;
import static com.phonesmith.workflow.timeline.EntryType.FLASH_HANDSET_SENT;
import static com.phonesmith.workflow.timeline.EntryType.SCHEDULE_BUILD_SENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.workflow.timeline.EntryKind;
import com.phonesmith.workflow.timeline.EntryType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class StatusRulesTest {

    @Test
    void aPlacedOrderIsPlaced() {
        assertThat(StatusRules.after(null, ORDER_PLACED, Set.of())).isEqualTo(OrderStatus.PLACED);
    }

    @Test
    void anOrderIsInProductionOnlyOnceBothCommandsAreSentInEitherOrder() {
        assertThat(StatusRules.after(OrderStatus.PLACED, BUILD_IMAGE_SENT, Set.of(ORDER_PLACED)))
                .isEqualTo(OrderStatus.PLACED);
        assertThat(StatusRules.after(OrderStatus.PLACED, SCHEDULE_BUILD_SENT, Set.of(ORDER_PLACED, BUILD_IMAGE_SENT)))
                .isEqualTo(OrderStatus.IN_PRODUCTION);
        assertThat(StatusRules.after(OrderStatus.PLACED, SCHEDULE_BUILD_SENT, Set.of(ORDER_PLACED)))
                .isEqualTo(OrderStatus.PLACED);
        assertThat(StatusRules.after(OrderStatus.PLACED, BUILD_IMAGE_SENT, Set.of(ORDER_PLACED, SCHEDULE_BUILD_SENT)))
                .isEqualTo(OrderStatus.IN_PRODUCTION);
    }

    @Test
    void theRepliesToTheCommandsLeaveTheOrderInProduction() {
        Set<EntryKind> sent = Set.of(ORDER_PLACED, BUILD_IMAGE_SENT, SCHEDULE_BUILD_SENT);
        assertThat(StatusRules.after(OrderStatus.IN_PRODUCTION, IMAGE_READY, sent)).isEqualTo(OrderStatus.IN_PRODUCTION);
        assertThat(StatusRules.after(OrderStatus.IN_PRODUCTION, HANDSET_RESERVED, sent))
                .isEqualTo(OrderStatus.IN_PRODUCTION);
    }

    @Test
    void theHappyPathWalksEveryStatusToShipped() {
        OrderStatus status = null;
        Set<EntryKind> earlier = new HashSet<>();
        StringBuilder walked = new StringBuilder();
        for (EntryKind step : new EntryKind[] {ORDER_PLACED, BUILD_IMAGE_SENT, SCHEDULE_BUILD_SENT, IMAGE_READY,
                HANDSET_RESERVED, FLASH_HANDSET_SENT, FLASHED, QA_PASSED, PACKED, SHIPPED}) {
            status = StatusRules.after(status, step, earlier);
            earlier.add(step);
            walked.append(status).append(' ');
        }
        assertThat(walked.toString().trim()).isEqualTo(
                "PLACED PLACED IN_PRODUCTION IN_PRODUCTION IN_PRODUCTION FLASHING FLASHED QA_PASSED PACKED SHIPPED");
    }

    @Test
    void aFailedQaOrFactoryStepIsAProblemState() {
        assertThat(StatusRules.after(OrderStatus.FLASHED, QA_FAILED, Set.of())).isEqualTo(OrderStatus.QA_FAILED);
        assertThat(StatusRules.after(OrderStatus.IN_PRODUCTION, FACTORY_STEP_FAILED, Set.of()))
                .isEqualTo(OrderStatus.FACTORY_PROBLEM);
    }

    @Test
    void aFailedImageBuildIsAProblemStateOfAnOrderInProduction() {
        Set<EntryKind> sent = Set.of(ORDER_PLACED, BUILD_IMAGE_SENT, SCHEDULE_BUILD_SENT);
        assertThat(StatusRules.after(OrderStatus.IN_PRODUCTION, IMAGE_BUILD_FAILED, sent))
                .isEqualTo(OrderStatus.IMAGE_FAILED);
        assertThat(OrderStatus.IMAGE_FAILED.isProblem()).isTrue();
    }

    @Test
    void aHandsetReservedWhileTheImageFailedLeavesTheOrderInTheProblemState() {
        Set<EntryKind> failed = Set.of(ORDER_PLACED, BUILD_IMAGE_SENT, SCHEDULE_BUILD_SENT, IMAGE_BUILD_FAILED);
        assertThat(StatusRules.after(OrderStatus.IMAGE_FAILED, HANDSET_RESERVED, failed))
                .isEqualTo(OrderStatus.IMAGE_FAILED);
    }

    @Test
    void aLaterImageReadyPutsAnOrderWhoseImageFailedBackInProduction() {
        Set<EntryKind> failed = Set.of(ORDER_PLACED, BUILD_IMAGE_SENT, SCHEDULE_BUILD_SENT, IMAGE_BUILD_FAILED);
        assertThat(StatusRules.after(OrderStatus.IMAGE_FAILED, IMAGE_READY, failed))
                .isEqualTo(OrderStatus.IN_PRODUCTION);
        assertThat(StatusRules.after(OrderStatus.IMAGE_FAILED, FLASH_HANDSET_SENT, failed))
                .isEqualTo(OrderStatus.FLASHING);
    }

    @Test
    void anImageReadyDoesNotEndAProblemThatIsNotAboutTheImage() {
        Set<EntryKind> sent = Set.of(ORDER_PLACED, BUILD_IMAGE_SENT, SCHEDULE_BUILD_SENT, FACTORY_STEP_FAILED);
        assertThat(StatusRules.after(OrderStatus.FACTORY_PROBLEM, IMAGE_READY, sent))
                .isEqualTo(OrderStatus.FACTORY_PROBLEM);
    }

    @Test
    void aHappyStepAfterReworkLeavesTheProblemState() {
        assertThat(StatusRules.after(OrderStatus.QA_FAILED, FLASHED, Set.of())).isEqualTo(OrderStatus.FLASHED);
        assertThat(StatusRules.after(OrderStatus.FACTORY_PROBLEM, FLASH_HANDSET_SENT, Set.of()))
                .isEqualTo(OrderStatus.FLASHING);
    }

    @Test
    void aStepThatArrivesLateNeverMovesTheStatusBackwards() {
        assertThat(StatusRules.after(OrderStatus.PACKED, FLASHED, Set.of())).isEqualTo(OrderStatus.PACKED);
        assertThat(StatusRules.after(OrderStatus.FLASHING, BUILD_IMAGE_SENT, Set.of(SCHEDULE_BUILD_SENT)))
                .isEqualTo(OrderStatus.FLASHING);
    }

    @Test
    void aShippedOrderOnlyBecomesDeliveredAndNothingMovesADeliveredOne() {
        assertThat(StatusRules.after(OrderStatus.SHIPPED, OrderEvent.DELIVERED, Set.of())).isEqualTo(OrderStatus.DELIVERED);
        assertThat(StatusRules.after(OrderStatus.DELIVERED, QA_FAILED, Set.of())).isEqualTo(OrderStatus.DELIVERED);
        assertThat(StatusRules.after(OrderStatus.DELIVERED, OrderEvent.SHIPPED, Set.of())).isEqualTo(OrderStatus.DELIVERED);
    }

    @Test
    void nothingButTheDeliveryOrACancellationMovesAShippedOrder() {
        assertThat(StatusRules.after(OrderStatus.SHIPPED, QA_FAILED, Set.of())).isEqualTo(OrderStatus.SHIPPED);
        assertThat(StatusRules.after(OrderStatus.SHIPPED, FACTORY_STEP_FAILED, Set.of())).isEqualTo(OrderStatus.SHIPPED);
        assertThat(StatusRules.after(OrderStatus.SHIPPED, IMAGE_BUILD_FAILED, Set.of())).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void aCancellationEndsAnyOrderNotDeliveredAndNothingMovesACancelledOne() {
        assertThat(StatusRules.after(OrderStatus.QA_FAILED, EntryType.CANCELLED, Set.of())).isEqualTo(OrderStatus.CANCELLED);
        assertThat(StatusRules.after(OrderStatus.SHIPPED, EntryType.CANCELLED, Set.of())).isEqualTo(OrderStatus.CANCELLED);
        assertThat(StatusRules.after(OrderStatus.DELIVERED, EntryType.CANCELLED, Set.of())).isEqualTo(OrderStatus.DELIVERED);
        assertThat(StatusRules.after(OrderStatus.CANCELLED, OrderEvent.SHIPPED, Set.of())).isEqualTo(OrderStatus.CANCELLED);
        assertThat(StatusRules.after(OrderStatus.CANCELLED, OrderEvent.PAYMENT_RELEASED, Set.of()))
                .isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void aSwappedHandsetIsBeingFlashedAgain() {
        assertThat(StatusRules.after(OrderStatus.QA_FAILED, EntryType.SWAP_HANDSET_SENT, Set.of()))
                .isEqualTo(OrderStatus.FLASHING);
    }

    @Test
    void onlyTheStepsWhoseStatusDependsOnEarlierStepsAskForThem() {
        AtomicInteger asked = new AtomicInteger();
        Supplier<Set<EntryKind>> earlier = () -> {
            asked.incrementAndGet();
            return Set.of(ORDER_PLACED, BUILD_IMAGE_SENT);
        };
        OrderStatus status = OrderStatus.PLACED;
        for (EntryKind step : List.<EntryKind>of(IMAGE_READY, HANDSET_RESERVED, FLASH_HANDSET_SENT, FLASHED,
                QA_PASSED, PACKED, SHIPPED, OrderEvent.DELIVERED)) {
            status = StatusRules.after(status, step, earlier);
        }
        assertThat(status).isEqualTo(OrderStatus.DELIVERED);
        assertThat(asked).hasValue(0);

        assertThat(StatusRules.after(OrderStatus.PLACED, SCHEDULE_BUILD_SENT, earlier)).isEqualTo(OrderStatus.IN_PRODUCTION);
        assertThat(asked).hasValue(1);
    }
}

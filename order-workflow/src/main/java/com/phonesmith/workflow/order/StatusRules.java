package com.phonesmith.workflow.order;

import com.phonesmith.workflow.timeline.EntryType;
import java.util.Set;

/**
 * How each timeline step moves an order's status. The happy progression is PLACED, IN_PRODUCTION (once
 * both BuildImage and ScheduleBuild are sent), FLASHING (FlashHandset sent), FLASHED, QA_PASSED, PACKED,
 * SHIPPED, DELIVERED. QaFailed, FactoryStepFailed and ImageBuildFailed put the order in a problem state; a later happy
 * step (after rework) moves it on again. ImageReady, which on its own leaves the status as it is, ends
 * IMAGE_FAILED (the image the failure was about exists now). A step never moves a status backwards along
 * the progression; a shipped order only becomes DELIVERED or CANCELLED, and nothing moves a delivered or cancelled
 * one (what the factory or the payment provider report after a cancellation is recorded, not followed).
 */
public final class StatusRules {
    private StatusRules() {
    }

    /**
     * @param current the status before the step (null for a new order)
     * @param step    the step just recorded
     * @param earlier the types of the steps recorded for the order before this one
     */
    public static OrderStatus after(OrderStatus current, EntryType step, Set<EntryType> earlier) {
        if (current != null && current.isFinal()) {
            return current;
        }
        if (step == EntryType.CANCELLED) {
            return OrderStatus.CANCELLED;
        }
        if (current == OrderStatus.SHIPPED) {
            return step == EntryType.DELIVERED ? OrderStatus.DELIVERED : current;
        }
        if (current == OrderStatus.IMAGE_FAILED && step == EntryType.IMAGE_READY) {
            return inProduction(earlier) ? OrderStatus.IN_PRODUCTION : OrderStatus.PLACED;
        }
        OrderStatus implied = implied(step, earlier);
        if (implied == null) {
            return current;
        }
        if (current == null || implied.isProblem() || current.isProblem()) {
            return implied;
        }
        return implied.ordinal() > current.ordinal() ? implied : current;
    }

    /** The status a step stands for, or null when it does not change the status on its own. */
    static OrderStatus implied(EntryType step, Set<EntryType> earlier) {
        return switch (step) {
            case ORDER_PLACED -> OrderStatus.PLACED;
            case BUILD_IMAGE_SENT -> earlier.contains(EntryType.SCHEDULE_BUILD_SENT) ? OrderStatus.IN_PRODUCTION : null;
            case SCHEDULE_BUILD_SENT -> earlier.contains(EntryType.BUILD_IMAGE_SENT) ? OrderStatus.IN_PRODUCTION : null;
            case IMAGE_READY, HANDSET_RESERVED -> null;
            case FLASH_HANDSET_SENT, SWAP_HANDSET_SENT -> OrderStatus.FLASHING;
            case CANCELLED -> OrderStatus.CANCELLED;
            case FLASHED -> OrderStatus.FLASHED;
            case QA_PASSED -> OrderStatus.QA_PASSED;
            case QA_FAILED -> OrderStatus.QA_FAILED;
            case PACKED -> OrderStatus.PACKED;
            case SHIPPED -> OrderStatus.SHIPPED;
            case DELIVERED -> OrderStatus.DELIVERED;
            case FACTORY_STEP_FAILED -> OrderStatus.FACTORY_PROBLEM;
            case IMAGE_BUILD_FAILED -> OrderStatus.IMAGE_FAILED;
            case REPLY_OVERDUE, INCIDENT_RAISED, SUPPORT_RETRIED, MESSAGE_REPLAYED, MESSAGE_DISCARDED, FLASHING_STARTED,
                    CAPTURE_PAYMENT_SENT, PAYMENT_CAPTURED, CANCEL_BUILD_SENT, RELEASE_PAYMENT_SENT, BUILD_CANCELLED,
                    PAYMENT_RELEASED, AT_RISK, PROMISE_BREACHED, EXPEDITED, SUPPORT_NOTE -> null;
        };
    }

    private static boolean inProduction(Set<EntryType> earlier) {
        return earlier.contains(EntryType.BUILD_IMAGE_SENT) && earlier.contains(EntryType.SCHEDULE_BUILD_SENT);
    }
}

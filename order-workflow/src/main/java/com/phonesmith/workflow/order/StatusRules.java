package com.phonesmith.workflow.order;

import com.phonesmith.workflow.timeline.EntryKind;
import com.phonesmith.workflow.timeline.EntryType;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How each timeline step moves an order's status. The status an event implies on its own is declared with the event
 * ({@link OrderEvent}); the status of the entries order-workflow makes itself, and the transitions that depend on where
 * the order stands, are here. The happy progression is PLACED, IN_PRODUCTION (once
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
    public static OrderStatus after(OrderStatus current, EntryKind step, Set<EntryKind> earlier) {
        return after(current, step, () -> earlier);
    }

    /**
     * As {@link #after(OrderStatus, EntryKind, Set)}, asking for the earlier steps only when the answer depends on
     * them (the two commands that together mean production began, and an image ready after a failed one): the other
     * steps, nearly all of them, need not read the order's timeline.
     */
    public static OrderStatus after(OrderStatus current, EntryKind step, Supplier<Set<EntryKind>> earlier) {
        if (current != null && current.isFinal()) {
            return current;
        }
        if (step == EntryType.CANCELLED) {
            return OrderStatus.CANCELLED;
        }
        if (current == OrderStatus.SHIPPED) {
            return step == OrderEvent.DELIVERED ? OrderStatus.DELIVERED : current;
        }
        if (current == OrderStatus.IMAGE_FAILED && step == OrderEvent.IMAGE_READY) {
            return inProduction(earlier.get()) ? OrderStatus.IN_PRODUCTION : OrderStatus.PLACED;
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
    static OrderStatus implied(EntryKind step, Supplier<Set<EntryKind>> earlier) {
        if (step instanceof OrderEvent event) {
            return event.status().orElse(null);
        }
        return switch ((EntryType) step) {
            case BUILD_IMAGE_SENT -> earlier.get().contains(EntryType.SCHEDULE_BUILD_SENT) ? OrderStatus.IN_PRODUCTION : null;
            case SCHEDULE_BUILD_SENT -> earlier.get().contains(EntryType.BUILD_IMAGE_SENT) ? OrderStatus.IN_PRODUCTION : null;
            case FLASH_HANDSET_SENT, SWAP_HANDSET_SENT -> OrderStatus.FLASHING;
            case CANCELLED -> OrderStatus.CANCELLED;
            case REPLY_OVERDUE, INCIDENT_RAISED, SUPPORT_RETRIED, MESSAGE_REPLAYED, MESSAGE_DISCARDED,
                    CAPTURE_PAYMENT_SENT, CANCEL_BUILD_SENT, RELEASE_PAYMENT_SENT, AT_RISK, PROMISE_BREACHED, EXPEDITED,
                    SUPPORT_NOTE -> null;
        };
    }

    private static boolean inProduction(Set<EntryKind> earlier) {
        return earlier.contains(EntryType.BUILD_IMAGE_SENT) && earlier.contains(EntryType.SCHEDULE_BUILD_SENT);
    }
}

package com.phonesmith.workflow.timeline;

/**
 * The timeline entries order-workflow makes itself: a command it sent, a cancellation, what support saw and did.
 * (The entries of the events other services announce are declared with those events, in {@code order/OrderEvent}.)
 * Internal entries (incidents, overdue replies, support's actions) are for staff; a shopper's view leaves them out.
 */
public enum EntryType implements EntryKind {
    BUILD_IMAGE_SENT("BuildImageSent"),
    SCHEDULE_BUILD_SENT("ScheduleBuildSent"),
    FLASH_HANDSET_SENT("FlashHandsetSent"),
    SWAP_HANDSET_SENT("SwapHandsetSent"),
    CAPTURE_PAYMENT_SENT("CapturePaymentSent", true),
    CANCELLED("Cancelled"),
    CANCEL_BUILD_SENT("CancelBuildSent", true),
    RELEASE_PAYMENT_SENT("ReleasePaymentSent", true),
    REPLY_OVERDUE("ReplyOverdue", true),
    INCIDENT_RAISED("IncidentRaised", true),
    SUPPORT_RETRIED("SupportRetried", true),
    MESSAGE_REPLAYED("MessageReplayed", true),
    MESSAGE_DISCARDED("MessageDiscarded", true),
    AT_RISK("AtRisk", true),
    PROMISE_BREACHED("PromiseBreached", true),
    EXPEDITED("Expedited", true),
    SUPPORT_NOTE("SupportNote", true);

    private final String wireName;
    private final boolean internal;

    EntryType(String wireName) {
        this(wireName, false);
    }

    EntryType(String wireName, boolean internal) {
        this.wireName = wireName;
        this.internal = internal;
    }

    @Override
    public boolean internal() {
        return internal;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}

package com.phonesmith.workflow.timeline;

/**
 * What a timeline entry records: an event received, a command order-workflow sent, or what support saw and did.
 * Internal entries (incidents, overdue replies, support's actions) are for staff; a shopper's view leaves them out.
 */
public enum EntryType {
    ORDER_PLACED("OrderPlaced"),
    BUILD_IMAGE_SENT("BuildImageSent"),
    SCHEDULE_BUILD_SENT("ScheduleBuildSent"),
    IMAGE_READY("ImageReady"),
    IMAGE_BUILD_FAILED("ImageBuildFailed"),
    HANDSET_RESERVED("HandsetReserved"),
    FLASH_HANDSET_SENT("FlashHandsetSent"),
    FLASHED("Flashed"),
    QA_PASSED("QaPassed"),
    QA_FAILED("QaFailed"),
    PACKED("Packed"),
    SHIPPED("Shipped"),
    DELIVERED("Delivered"),
    FACTORY_STEP_FAILED("FactoryStepFailed"),
    FLASHING_STARTED("FlashingStarted"),
    SWAP_HANDSET_SENT("SwapHandsetSent"),
    CAPTURE_PAYMENT_SENT("CapturePaymentSent", true),
    PAYMENT_CAPTURED("PaymentCaptured"),
    CANCELLED("Cancelled"),
    CANCEL_BUILD_SENT("CancelBuildSent", true),
    RELEASE_PAYMENT_SENT("ReleasePaymentSent", true),
    BUILD_CANCELLED("BuildCancelled"),
    PAYMENT_RELEASED("PaymentReleased"),
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

    /** Whether only staff read entries of this type. */
    public boolean internal() {
        return internal;
    }

    /** The name stored in timeline_entry.type and shown in the API. */
    public String wireName() {
        return wireName;
    }

    public static EntryType ofWireName(String name) {
        for (EntryType type : values()) {
            if (type.wireName.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown timeline entry type " + name);
    }
}

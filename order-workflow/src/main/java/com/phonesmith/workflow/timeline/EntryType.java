package com.phonesmith.workflow.timeline;

/** What a timeline entry records: an event received, or a command order-workflow sent. */
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
    FACTORY_STEP_FAILED("FactoryStepFailed");

    private final String wireName;

    EntryType(String wireName) {
        this.wireName = wireName;
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

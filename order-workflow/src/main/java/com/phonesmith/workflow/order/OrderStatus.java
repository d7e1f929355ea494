package com.phonesmith.workflow.order;

/** Where an order stands, as support sees it. */
public enum OrderStatus {
    /** OrderPlaced received, process started. */
    PLACED,
    /** BuildImage and ScheduleBuild both sent: image and handset are being prepared. */
    IN_PRODUCTION,
    /** FlashHandset sent. */
    FLASHING,
    FLASHED,
    QA_PASSED,
    PACKED,
    SHIPPED,
    /** The carrier handed the parcel to the customer: the process has ended. */
    DELIVERED,
    /** Cancelled by the shopper or support: the handset and slot are released and the money given back. */
    CANCELLED,
    /** The handset failed QA; the factory reworks it. */
    QA_FAILED,
    /** A factory step (reserve, download, flash) failed; support needs to act. */
    FACTORY_PROBLEM,
    /** os-image-builder could not build the order's image (e.g. an unknown app); a later ImageReady moves it on. */
    IMAGE_FAILED;

    /** Nothing moves an order out of these. */
    public boolean isFinal() {
        return this == DELIVERED || this == CANCELLED;
    }

    /** Problem states are off the happy progression. */
    public boolean isProblem() {
        return this == QA_FAILED || this == FACTORY_PROBLEM || this == IMAGE_FAILED;
    }
}

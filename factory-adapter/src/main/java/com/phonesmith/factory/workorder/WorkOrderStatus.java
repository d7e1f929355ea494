package com.phonesmith.factory.workorder;

/** The life of a work order; the comments say what moves it on. */
public enum WorkOrderStatus {
    /** No handset of the variant is available; the step worker tries again every retry interval. */
    WAITING_FOR_STOCK,
    /** A handset is reserved; waiting for FlashHandset with the order's image. */
    RESERVED,
    /** The image is known; the flash worker picks it up when next_step_at is due (after a backoff on retries). */
    FLASH_PENDING,
    /** A flash worker is downloading, flashing and checking; next_step_at is the end of its lease. */
    FLASHING,
    /**
     * Flashed; the automated checks are recorded and the phone waits at a manual QA station for an operator's pass
     * (which moves it on to packing) or fail (back for rework). next_step_at is the flash's end: should the station
     * go back to automatic first, the step worker decides it by its stored checks.
     */
    QA_PENDING,
    /** Flashed and checked; packed when next_step_at (pack duration) is due. */
    QA_PASSED,
    /**
     * Flashed, but the handset did not report what the order asked for; waits for a new FlashHandset (rework) or a
     * SwapHandset (the handset is set aside as faulty and another one is reserved).
     */
    QA_FAILED,
    /** Packed; shipped when next_step_at (ship duration) is due. */
    PACKED,
    /** Left the factory: done. */
    SHIPPED,
    /**
     * Download or flash failed for good (FactoryStepFailed published); waits for a new FlashHandset or a SwapHandset.
     */
    FAILED,
    /**
     * The order was cancelled (CancelBuild): terminal. Its day went back to the calendar (slot_day is null) and its
     * handset back to stock; nothing flashes, packs or ships it, and a late ScheduleBuild or FlashHandset is ignored.
     * A CancelBuild before any ScheduleBuild leaves one without a variant (a tombstone). Cancelled while a flash
     * station held it, it keeps its handset reserved until that station reports back or its lease (next_step_at)
     * ends; then the handset goes back to stock and next_step_at is cleared.
     */
    CANCELLED
}

package com.phonesmith.factory.floor;

/** What a port of the flashing station is doing. */
public enum PortState {
    /** Nothing, or its last result is older than {@code factory.flash.progress.keep-finished}. */
    IDLE,
    /** An attempt began: the factory bundle is being downloaded, checked and unpacked. */
    DOWNLOADING,
    /** The partition images are being written to the handset. */
    FLASHING,
    /** Everything is written: the handset reboots and is read back (verified boot, digests, build). */
    BOOTING,
    /** Flashed, booted and checked (QA passed). */
    DONE,
    /**
     * Flashed and booted; the QA station is worked by hand, so the phone waits there for an operator to check it
     * (its work order is {@code QA_PENDING}): the port's part is done, whatever its automated checks found.
     */
    WAITING_FOR_QA,
    /** The attempt failed, with the reason (and when it is retried, if it is). */
    FAILED;

    boolean finished() {
        return this == DONE || this == WAITING_FOR_QA || this == FAILED;
    }
}

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
    /** The attempt failed, with the reason (and when it is retried, if it is). */
    FAILED;

    boolean finished() {
        return this == DONE || this == FAILED;
    }
}

package com.phonesmith.images.build;

public enum BuildStatus {
    /** Waiting for its bundle to be built. */
    QUEUED,
    /** A worker is building the bundle (bundle builds only). */
    BUILDING,
    /** The bundle is in the artifact store (and, for an order, ImageReady was published). */
    BUILT,
    /** The configuration could not be built; {@code error} says why. */
    FAILED
}

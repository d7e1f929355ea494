package com.phonesmith.images.build;

public enum BuildStatus {
    /** The image is in the artifact store and ImageReady was published. */
    BUILT,
    /** The configuration could not be built; {@code error} says why. */
    FAILED
}

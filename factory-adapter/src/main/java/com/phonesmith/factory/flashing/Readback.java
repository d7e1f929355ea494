package com.phonesmith.factory.flashing;

/**
 * What a handset reported after it was flashed and rebooted. Fields it could not report (for instance no build
 * fingerprint when it did not boot) are null.
 */
public record Readback(String bootState, String fingerprint, String flashedDigest, String imei, String product,
        String colour, String storageGb) {
}

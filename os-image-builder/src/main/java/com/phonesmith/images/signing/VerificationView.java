package com.phonesmith.images.signing;

/** The answer of a bundle verification: verified or not, why, and by which key it was signed. */
public record VerificationView(boolean verified, String outcome, String reason, String keyId, Long rollbackIndex,
        String fingerprint) {
}

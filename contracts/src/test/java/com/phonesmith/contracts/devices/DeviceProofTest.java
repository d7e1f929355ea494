package com.phonesmith.contracts.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeviceProofTest {
    private static final String IMEI = "356938035643809";
    private static final Instant AT = Instant.parse("2026-11-30T10:15:00Z");
    private final String verifier = DeviceProof.verifierOf("the device's own secret".getBytes(StandardCharsets.UTF_8));

    @Test
    void aProofMadeWithTheDeviceSecretMatchesItsVerifier() {
        String proof = DeviceProof.proof(verifier, DeviceProof.ACTIVATE, IMEI, AT, "nonce-1");

        assertThat(DeviceProof.matches(verifier, DeviceProof.ACTIVATE, IMEI, AT, "nonce-1", proof)).isTrue();
    }

    @Test
    void aProofForAnotherActionDeviceTimeOrNonceDoesNotMatch() {
        String proof = DeviceProof.proof(verifier, DeviceProof.ACTIVATE, IMEI, AT, "nonce-1");

        assertThat(DeviceProof.matches(verifier, DeviceProof.CHECK_IN, IMEI, AT, "nonce-1", proof)).isFalse();
        assertThat(DeviceProof.matches(verifier, DeviceProof.ACTIVATE, "490154203237518", AT, "nonce-1", proof)).isFalse();
        assertThat(DeviceProof.matches(verifier, DeviceProof.ACTIVATE, IMEI, AT.plusSeconds(1), "nonce-1", proof)).isFalse();
        assertThat(DeviceProof.matches(verifier, DeviceProof.ACTIVATE, IMEI, AT, "nonce-2", proof)).isFalse();
    }

    @Test
    void anotherDevicesSecretOrGarbageDoesNotMatch() {
        String otherVerifier = DeviceProof.verifierOf("another secret".getBytes(StandardCharsets.UTF_8));
        String forged = DeviceProof.proof(otherVerifier, DeviceProof.ACTIVATE, IMEI, AT, "nonce-1");

        assertThat(DeviceProof.matches(verifier, DeviceProof.ACTIVATE, IMEI, AT, "nonce-1", forged)).isFalse();
        assertThat(DeviceProof.matches(verifier, DeviceProof.ACTIVATE, IMEI, AT, "nonce-1", "%%not base64%%")).isFalse();
    }

    @Test
    void theVerifierIsNotTheSecret() {
        byte[] secret = "the device's own secret".getBytes(StandardCharsets.UTF_8);

        assertThat(verifier).isNotEqualTo(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
        assertThat(DeviceProof.verifierOf(secret)).isEqualTo(verifier);
    }
}

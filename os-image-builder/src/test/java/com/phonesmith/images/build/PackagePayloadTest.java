package com.phonesmith.images.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackagePayloadTest {

    @Test
    void theSameNameAndVersionAlwaysGiveTheSameBytes() {
        assertThat(PackagePayload.of("app-firefox", "128.0.1")).isEqualTo(PackagePayload.of("app-firefox", "128.0.1"));
    }

    @Test
    void aNewVersionGivesOtherBytesOfTheSameSize() {
        byte[] old = PackagePayload.of("app-firefox", "128.0.1");
        byte[] updated = PackagePayload.of("app-firefox", "128.0.2");

        assertThat(updated).hasSameSizeAs(old).isNotEqualTo(old);
    }

    @Test
    void theSizeIsDerivedFromTheNameAndLiesBetween4And64KiB() {
        for (String name : List.of("phonesmith-base", "phonesmith-launcher", "device-lumo-one", "feature-microg",
                "app-firefox", "app-navigator-pro", "x")) {
            byte[] payload = PackagePayload.of(name, "1.0.0");
            assertThat(payload).hasSize(PackagePayload.sizeOf(name));
            assertThat(payload.length).isBetween(4 * 1024, 64 * 1024);
        }
        assertThat(PackagePayload.sizeOf("app-firefox")).isNotEqualTo(PackagePayload.sizeOf("app-signal"));
    }

    @Test
    void thePayloadIsTheSha256CounterStreamOfNameAndVersion() throws Exception {
        byte[] payload = PackagePayload.of("app-signal", "7.20.2");
        var sha = java.security.MessageDigest.getInstance("SHA-256");
        sha.update("app-signal\u00007.20.2\u0000".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update(new byte[] {0, 0, 0, 0, 0, 0, 0, 1});
        byte[] secondBlock = sha.digest();

        assertThat(java.util.Arrays.copyOfRange(payload, 32, 64)).isEqualTo(secondBlock);
    }
}

package com.phonesmith.handset;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.handset.RawFastbootHost.Reply;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The factory writes a per-device secret with an oem command; the handset keeps it and never tells it. */
class ActivationSecretTest {
    private static final String SECRET = "0f".repeat(32);

    @TempDir
    Path dataDir;
    Handset handset;

    @BeforeEach
    void startHandset() throws IOException {
        handset = HandsetFixture.start(dataDir);
    }

    @AfterEach
    void stopHandset() {
        handset.close();
    }

    @Test
    void theSecretWrittenByTheFactoryIsKeptAcrossARestartAndOnlyItsPresenceIsReadable() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.getvar("x-activation-secret-set")).isEqualTo("no");
            host.send("oem set-activation-secret " + SECRET);
            assertThat(host.readReply()).isEqualTo(new Reply("OKAY", ""));
            assertThat(host.getvar("x-activation-secret-set")).isEqualTo("yes");
        }
        int port = handset.port();
        handset.close();
        handset = HandsetFixture.start(dataDir, port, Duration.ofSeconds(10));

        assertThat(handset.activationSecret()).hasValueSatisfying(secret ->
                assertThat(HexFormat.of().formatHex(secret)).isEqualTo(SECRET));
    }

    @Test
    void aSecretThatIsNot64HexDigitsIsRefused() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            host.send("oem set-activation-secret 1234");

            assertThat(host.readReply()).isEqualTo(new Reply("FAIL", "activation secret must be 64 hex digits"));
            assertThat(host.getvar("x-activation-secret-set")).isEqualTo("no");
        }
    }
}

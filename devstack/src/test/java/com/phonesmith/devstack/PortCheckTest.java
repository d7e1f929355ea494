package com.phonesmith.devstack;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PortCheckTest {
    private final StackConfig config = StackConfig.onFreePorts(Path.of("."), Path.of("/tmp/unused"), 1, "1s");

    @Test
    void aStackWhosePortsAreFreeMayStart() {
        assertThatCode(() -> PortCheck.requireFree(config)).doesNotThrowAnyException();
    }

    @Test
    void aBusyPortIsRefusedNamingThePortItsPurposeTheProcessHoldingItAndTheOptionThatMovesIt() throws Exception {
        try (ServerSocket holder = new ServerSocket(config.postgresPort(), 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> PortCheck.requireFree(config))
                    .hasMessageContaining("port " + config.postgresPort() + " (PostgreSQL) in use by pid "
                            + ProcessHandle.current().pid() + ": ")
                    .hasMessageContaining("java")
                    .hasMessageContaining("choose another port with --postgres-port");
        }
    }
}

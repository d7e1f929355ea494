package com.phonesmith.platform.connections;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectionsLogTest {

    @Test
    void theLoggedDatabaseAddressLeavesOutTheUrlParameters() {
        assertThat(ConnectionsLog.withoutParameters("jdbc:postgresql://db:5432/web?user=a&password=secret"))
                .isEqualTo("jdbc:postgresql://db:5432/web?…");
    }

    @Test
    void anAddressWithoutParametersIsLoggedAsItIs() {
        assertThat(ConnectionsLog.withoutParameters("jdbc:postgresql://db:5432/web"))
                .isEqualTo("jdbc:postgresql://db:5432/web");
    }
}

package com.phonesmith.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevstackStatusTest {
    @TempDir
    Path dataDir;

    @Test
    void aDataFolderWithNoStackRunningIsReportedAsNotRunning() {
        StringBuilder out = new StringBuilder();

        assertThat(DevstackStatus.report(dataDir, out)).isEqualTo(DevstackStatus.NOT_RUNNING);
        assertThat(out).contains("Phonesmith is not running with data folder " + dataDir);
    }

    @Test
    void aStateFileLeftByADeadLauncherIsNotTakenForARunningStack() throws Exception {
        new StackState(Long.MAX_VALUE - 1, "2020-01-01T00:00:00Z", dataDir, List.of(
                new StackState.Part("web", 1, "2020-01-01T00:00:00Z", "8080", "running", 0, null))).write();
        StringBuilder out = new StringBuilder();

        assertThat(DevstackStatus.report(dataDir, out)).isEqualTo(DevstackStatus.NOT_RUNNING);
        assertThat(out).doesNotContain("left behind");
    }

    @Test
    void theChecksThatAreDownAreNamedFromAHealthAnswer() {
        String body = "{\"status\":\"DOWN\",\"checks\":[{\"name\":\"Database connections health check\",\"status\":\"DOWN\"},"
                + "{\"name\":\"SmallRye Reactive Messaging - liveness check\",\"status\":\"UP\"}]}";

        assertThat(DevstackStatus.downChecks(body)).isEqualTo("Database connections health check");
    }
}

package com.phonesmith.web.factory;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.web.backend.StationPort;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Ports panel as the console shows it, from factory-adapter's ports. */
class PortsPanelTest {
    private static final ZoneId UTC = ZoneId.of("UTC");

    private static StationPort port(int port, String state, int percent, String retryAt) {
        boolean idle = "IDLE".equals(state);
        return new StationPort(port, "127.0.0.1:" + port, state, idle ? null : "order-1", idle ? null : "35",
                idle ? null : 1, "FLASHING".equals(state) ? "system" : null, idle ? 0 : 2, idle ? 0 : 6,
                idle ? 0 : 1_400_000, idle ? 0 : 3_400_000, percent, null, null, null, retryAt);
    }

    private static PortsPanel panel(StationPort... ports) {
        return PortsPanel.of("flashing", List.of(ports), UTC);
    }

    @Test
    void aPortAtWorkIsReadAgainEverySecondAndAllIdleEveryFive() {
        assertThat(panel(port(1, "IDLE", 0, null), port(2, "FLASHING", 41, null)).refresh()).isEqualTo("1s");
        assertThat(panel(port(1, "IDLE", 0, null), port(2, "BOOTING", 100, null)).refresh()).isEqualTo("1s");
        assertThat(panel(port(1, "IDLE", 0, null), port(2, "DONE", 100, null)).refresh()).isEqualTo("5s");
        assertThat(panel(port(1, "IDLE", 0, null)).refresh()).isEqualTo("5s");
        assertThat(PortsPanel.unavailable("flashing").refresh()).isEqualTo("5s");
    }

    @Test
    void aFailedPortWhoseRetryIsComingIsReadAgainSoon() {
        assertThat(panel(port(2, "FAILED", 10, "2026-12-01T10:01:00Z")).refresh()).isEqualTo("1s");
        assertThat(panel(port(2, "FAILED", 10, null)).refresh()).isEqualTo("5s");
    }

    @Test
    void aCardSaysWhatThePortDoesAndHowFarItGot() {
        PortsPanel.PortCard card = panel(port(2, "FLASHING", 41, null)).ports().get(0);
        assertThat(card.stateLabel()).isEqualTo("Flashing");
        assertThat(card.tone()).isEqualTo("progress");
        assertThat(card.pieces()).isEqualTo("piece 2 of 6");
        assertThat(card.written()).isEqualTo("1.4 MB of 3.4 MB");
        assertThat(card.hasWork()).isTrue();
        PortsPanel.PortCard idle = panel(port(1, "IDLE", 0, null)).ports().get(0);
        assertThat(idle.stateLabel()).isEqualTo("Idle");
        assertThat(idle.pieces()).isEmpty();
        assertThat(idle.written()).isEmpty();
        assertThat(idle.hasWork()).isFalse();
    }

    @Test
    void thePercentStaysOnTheBarAndAStateNotKnownYetIsShownAsItCame() {
        assertThat(panel(port(2, "FLASHING", 130, null)).ports().get(0).percent()).isEqualTo(100);
        assertThat(panel(port(2, "FLASHING", -5, null)).ports().get(0).percent()).isZero();
        assertThat(PortsPanel.label("VERIFYING")).isEqualTo("Verifying");
        assertThat(PortsPanel.label("DOWNLOADING")).isEqualTo("Getting the image");
        assertThat(PortsPanel.label("BOOTING")).isEqualTo("Rebooting and checking");
        assertThat(PortsPanel.label("WAITING_FOR_QA")).isEqualTo("Flashed: waiting for QA at the bench");
        assertThat(panel(port(4, "WAITING_FOR_QA", 100, null)).ports().get(0).tone()).isEqualTo("done");
    }

    @Test
    void theSummaryCountsThePortsAtWork() {
        assertThat(panel(port(1, "IDLE", 0, null), port(2, "FLASHING", 41, null), port(3, "DONE", 100, null))
                .summary()).isEqualTo("1 of 3 ports working.");
        assertThat(panel(port(1, "IDLE", 0, null), port(2, "IDLE", 0, null)).summary()).isEqualTo("All 2 ports idle.");
        assertThat(panel().summary()).isEqualTo("This station has no ports.");
    }

    @Test
    void bytesAreWrittenForPeople() {
        assertThat(PortsPanel.bytes(512)).isEqualTo("512 bytes");
        assertThat(PortsPanel.bytes(48_200)).isEqualTo("48.2 kB");
        assertThat(PortsPanel.bytes(3_400_000)).isEqualTo("3.4 MB");
        assertThat(PortsPanel.bytes(8_000_000_000L)).isEqualTo("8.00 GB");
    }
}

package com.phonesmith.web.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.web.backend.Incident;
import com.phonesmith.web.backend.IncidentPage;
import com.phonesmith.web.backend.Timeline;
import com.phonesmith.web.backend.WorkOrder;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StaffTraceTest {
    private static final Timeline TIMELINE = new Timeline("ord-1", "FLASHED", List.of(
            new Timeline.Entry("2026-11-25T09:15:00Z", "OrderPlaced", "placed"),
            new Timeline.Entry("2026-11-25T10:00:00Z", "Flashed", "flashed")), false);
    private static final WorkOrder WORK_ORDER = new WorkOrder("ord-1", "nordvik-fjord", "birch", 256,
            "356938035643809", "FLASHED", "sha256:4f2a", 2, "port 3 disconnected", null, null, List.of(
                    new WorkOrder.HistoryEntry("2026-11-25T09:30:00Z", "flash", "port 3 disconnected"),
                    new WorkOrder.HistoryEntry("2026-11-25T10:00:00Z", "flash", "written and read back"),
                    new WorkOrder.HistoryEntry(null, "note", "no time")));

    @Test
    void supportsTimelineMergesTheFactorysHistoryByTimeAndSaysWhereEachEntryComesFrom() {
        ProgressView progress = ProgressView.of("ord-1", Optional.of(TIMELINE), null, ZoneOffset.UTC);
        StaffTrace trace = StaffTrace.of("ord-1", new IncidentPage(List.of(), 0), Optional.of(WORK_ORDER),
                ZoneOffset.UTC);

        ProgressView merged = progress.forStaff(trace, Optional.of(WORK_ORDER), ZoneOffset.UTC);

        assertThat(merged.entries()).extracting(ProgressView.Entry::source, ProgressView.Entry::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Order", "placed"),
                        org.assertj.core.groups.Tuple.tuple("Factory", "port 3 disconnected"),
                        org.assertj.core.groups.Tuple.tuple("Order", "flashed"),
                        org.assertj.core.groups.Tuple.tuple("Factory", "written and read back"),
                        org.assertj.core.groups.Tuple.tuple("Factory", "no time"));
        assertThat(merged.staff().shown()).isTrue();
        assertThat(progress.staff().shown()).as("everybody else's progress has no trace").isFalse();
    }

    @Test
    void theTraceShowsTheWorkOrderInWordsAndOnlyThisOrdersIncidents() {
        IncidentPage incidents = new IncidentPage(List.of(
                new Incident("inc-1", "ord-1", "REPLY_OVERDUE", "HandsetReserved", "no handset", "2026-11-25T09:20:00Z"),
                new Incident("inc-2", "ord-2", "REPLY_OVERDUE", "Shipped", "late", "2026-11-25T09:21:00Z")), 2);

        StaffTrace trace = StaffTrace.of("ord-1", incidents, Optional.of(WORK_ORDER), ZoneOffset.UTC);

        assertThat(trace.incidents()).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo("inc-1");
            assertThat(row.waitingFor()).isEqualTo("Handset reserved");
            assertThat(row.since().text()).isEqualTo("2026-11-25 09:20:00 UTC");
        });
        assertThat(trace.factory()).satisfies(factory -> {
            assertThat(factory.loaded()).isTrue();
            assertThat(factory.known()).isTrue();
            assertThat(factory.status()).isEqualTo("Flashed");
            assertThat(factory.imei()).isEqualTo("356938035643809");
            assertThat(factory.attempts()).isEqualTo(2);
            assertThat(factory.carrier()).isEmpty();
        });
    }

    @Test
    void aServiceThatCouldNotBeAskedIsNotLoadedAndAnOrderTheFactoryDoesNotKnowIsNotKnown() {
        StaffTrace down = StaffTrace.of("ord-1", null, null, ZoneOffset.UTC);
        StaffTrace unknown = StaffTrace.of("ord-1", new IncidentPage(List.of(), 0), Optional.empty(), ZoneOffset.UTC);

        assertThat(down.incidentsLoaded()).isFalse();
        assertThat(down.factory().loaded()).isFalse();
        assertThat(unknown.incidentsLoaded()).isTrue();
        assertThat(unknown.factory().loaded()).isTrue();
        assertThat(unknown.factory().known()).isFalse();
    }

    @Test
    void theRetryNoticeNamesTheCommandSentAgainAndNeverRepeatsOtherTextFromTheAddress() {
        assertThat(RetryNotice.of("BuildImage")).isEqualTo("Retried: BuildImage sent again. The timeline below shows"
                + " the order moving on.");
        assertThat(RetryNotice.of(RetryNotice.NOTHING_SENT)).startsWith("Retried: the order's step runs again");
        assertThat(RetryNotice.of(RetryNotice.GONE)).startsWith("That incident is no longer open");
        assertThat(RetryNotice.of("<script>alert(1)</script>")).isEmpty();
        assertThat(RetryNotice.of("Build Image")).isEmpty();
        assertThat(RetryNotice.of(null)).isEmpty();
    }
}

package com.phonesmith.factory.floor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bookkeeping of the flashing station's ports, on a clock the test moves. */
class PortBoardTest {
    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    /** A clock that stands still until the test moves it. */
    private static final class TestClock extends Clock {
        private Instant now = START;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private final PortBoard board = new PortBoard(clock, Duration.ofMinutes(2), "10.0.0.7", 5554, 4);

    private static Map<String, Long> plan() {
        Map<String, Long> plan = new LinkedHashMap<>();
        plan.put("boot", 1_000L);
        plan.put("system", 6_000L);
        plan.put("vendor", 3_000L);
        plan.put("vbmeta", 0L);
        return plan;
    }

    private PortView port(int port) {
        return board.ports().stream().filter(p -> p.port() == port).findFirst().orElseThrow();
    }

    @Test
    void everyPortOfTheStationIsListedIdleInPortOrder() {
        assertThat(board.ports()).extracting(PortView::port).containsExactly(5554, 5555, 5556, 5557);
        assertThat(board.ports()).extracting(PortView::state).containsOnly(PortState.IDLE);
        assertThat(port(5555).address()).isEqualTo("10.0.0.7:5555");
        assertThat(port(5555).orderId()).isNull();
    }

    @Test
    void anAttemptShowsItsOrderAndHandsetWhileItDownloads() {
        board.begin("10.0.0.7", 5556, "order-1", "356938035643809", 2);
        PortView view = port(5556);
        assertThat(view.state()).isEqualTo(PortState.DOWNLOADING);
        assertThat(view.orderId()).isEqualTo("order-1");
        assertThat(view.imei()).isEqualTo("356938035643809");
        assertThat(view.attempt()).isEqualTo(2);
        assertThat(view.startedAt()).isEqualTo(START);
        assertThat(view.percent()).isZero();
        assertThat(view.partition()).isNull();
        assertThat(port(5554).state()).isEqualTo(PortState.IDLE);
    }

    @Test
    void piecesAndBytesAddUpPartitionByPartitionInFlashingOrder() {
        PortWork work = board.begin("10.0.0.7", 5554, "order-1", "356938035643809", 1);
        clock.advance(Duration.ofSeconds(3));
        work.flashing(plan());
        PortView flashing = port(5554);
        assertThat(flashing.state()).isEqualTo(PortState.FLASHING);
        assertThat(flashing.partition()).isEqualTo("boot");
        assertThat(flashing.piecesTotal()).isEqualTo(4); // one each until a partition says how many it has
        assertThat(flashing.bytesTotal()).isEqualTo(10_000);
        assertThat(flashing.updatedAt()).isEqualTo(START.plusSeconds(3));

        work.pieceWritten("boot", 1, 1, 1_000);
        assertThat(port(5554).partition()).isEqualTo("system");
        assertThat(port(5554).percent()).isEqualTo(10);

        // system goes in three pieces; each piece is a sparse file of its own, a little larger than its share
        work.pieceWritten("system", 1, 3, 2_100);
        PortView system = port(5554);
        assertThat(system.partition()).isEqualTo("system");
        assertThat(system.piecesWritten()).isEqualTo(2);
        assertThat(system.piecesTotal()).isEqualTo(6);
        assertThat(system.bytesWritten()).isEqualTo(3_100);
        assertThat(system.percent()).isEqualTo(31);
        work.pieceWritten("system", 2, 3, 2_100);
        work.pieceWritten("system", 3, 3, 2_100);
        // never more than the image: the last piece completes it exactly
        assertThat(port(5554).bytesWritten()).isEqualTo(7_000);
        assertThat(port(5554).percent()).isEqualTo(70);
        assertThat(port(5554).partition()).isEqualTo("vendor");

        work.pieceWritten("vendor", 1, 1, 3_000);
        assertThat(port(5554).partition()).isEqualTo("vbmeta");
        assertThat(port(5554).percent()).isEqualTo(100);
        // the descriptor's size is known once it is sent: it counts on both sides
        work.pieceWritten("vbmeta", 1, 1, 512);
        work.booting();
        PortView booting = port(5554);
        assertThat(booting.state()).isEqualTo(PortState.BOOTING);
        assertThat(booting.partition()).isNull();
        assertThat(booting.piecesWritten()).isEqualTo(booting.piecesTotal()).isEqualTo(6);
        assertThat(booting.bytesWritten()).isEqualTo(booting.bytesTotal()).isEqualTo(10_512);
        assertThat(booting.percent()).isEqualTo(100);
    }

    @Test
    void thePercentNeverGoesDownWhenAPartitionOutsideThePlanIsWritten() {
        PortWork work = board.begin("10.0.0.7", 5554, "order-1", "356938035643809", 1);
        work.flashing(Map.of("boot", 1_000L));
        work.pieceWritten("boot", 1, 1, 1_000);
        int before = port(5554).percent();
        work.pieceWritten("odm", 1, 2, 4_000);
        assertThat(port(5554).percent()).isGreaterThanOrEqualTo(before);
        assertThat(port(5554).partition()).isEqualTo("odm");
    }

    @Test
    void aPortShowsItsResultForAWhileThenIsIdle() {
        PortWork work = board.begin("10.0.0.7", 5555, "order-1", "356938035643809", 1);
        work.flashing(plan());
        work.pieceWritten("boot", 1, 1, 1_000);
        clock.advance(Duration.ofSeconds(40));
        work.done();
        PortView done = port(5555);
        assertThat(done.state()).isEqualTo(PortState.DONE);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.startedAt()).isEqualTo(START);
        assertThat(done.updatedAt()).isEqualTo(START.plusSeconds(40));

        clock.advance(Duration.ofMinutes(2).minusSeconds(1));
        assertThat(port(5555).state()).isEqualTo(PortState.DONE);
        clock.advance(Duration.ofSeconds(1));
        assertThat(port(5555).state()).isEqualTo(PortState.IDLE);
        assertThat(port(5555).orderId()).isNull();
        // a late report of the finished attempt changes nothing
        work.pieceWritten("system", 1, 1, 6_000);
        assertThat(port(5555).state()).isEqualTo(PortState.IDLE);
    }

    @Test
    void aPhoneLeftForTheOperatorsQaShowsFlashedAndWaitingNotFailedForAWhileThenIdle() {
        PortWork work = board.begin("10.0.0.7", 5556, "order-3", "356938035643809", 1);
        work.flashing(plan());
        work.pieceWritten("system", 1, 1, 6_000);
        work.booting();
        clock.advance(Duration.ofSeconds(30));
        work.waitingForQa();

        PortView waiting = port(5556);
        assertThat(waiting.state()).isEqualTo(PortState.WAITING_FOR_QA);
        assertThat(waiting.percent()).isEqualTo(100);
        assertThat(waiting.failure()).isNull();
        assertThat(waiting.retryAt()).isNull();
        assertThat(waiting.orderId()).isEqualTo("order-3");
        clock.advance(Duration.ofMinutes(2));
        assertThat(port(5556).state()).isEqualTo(PortState.IDLE);
    }

    @Test
    void aFailureNamesItsReasonThePartitionBeingWrittenAndTheRetry() {
        PortWork work = board.begin("10.0.0.7", 5557, "order-1", "356938035643809", 1);
        work.flashing(plan());
        work.pieceWritten("boot", 1, 1, 1_000);
        Instant retryAt = START.plusSeconds(10);
        work.failed("flash: handset refused flash:system: writing system failed", retryAt);
        PortView failed = port(5557);
        assertThat(failed.state()).isEqualTo(PortState.FAILED);
        assertThat(failed.failure()).isEqualTo("flash: handset refused flash:system: writing system failed");
        assertThat(failed.partition()).isEqualTo("system");
        assertThat(failed.retryAt()).isEqualTo(retryAt);
        assertThat(failed.percent()).isEqualTo(10);
        // no later report turns a failed attempt into a running one
        work.pieceWritten("system", 1, 1, 6_000);
        work.booting();
        assertThat(port(5557).state()).isEqualTo(PortState.FAILED);
        assertThat(port(5557).bytesWritten()).isEqualTo(1_000);
    }

    @Test
    void aFailureWhileDownloadingOrBootingNamesNoPartition() {
        board.begin("10.0.0.7", 5554, "order-1", "356938035643809", 1)
                .failed("download: downloaded bundle has digest 00, expected 11", null);
        assertThat(port(5554).partition()).isNull();
        assertThat(port(5554).retryAt()).isNull();
        PortWork booted = board.begin("10.0.0.7", 5555, "order-2", "356938035643817", 1);
        booted.flashing(plan());
        booted.booting();
        booted.failed("flash: failed to boot the image", null);
        assertThat(port(5555).partition()).isNull();
    }

    @Test
    void aNewAttemptAtAPortReplacesWhatItShowedAndTheOldOneNoLongerReportsThere() {
        PortWork first = board.begin("10.0.0.7", 5554, "order-1", "356938035643809", 1);
        first.failed("flash: cable pulled", START.plusSeconds(1));
        PortWork second = board.begin("10.0.0.7", 5554, "order-1", "356938035643809", 2);
        first.done();
        assertThat(port(5554).state()).isEqualTo(PortState.DOWNLOADING);
        assertThat(port(5554).attempt()).isEqualTo(2);
        second.flashing(plan());
        assertThat(port(5554).state()).isEqualTo(PortState.FLASHING);
    }

    @Test
    void aHandsetOutsideTheStationsRangeIsListedAfterItWhileBusyAndADetachedAttemptNowhere() {
        board.begin("10.0.0.8", 6000, "order-1", "356938035643809", 1);
        board.detached("order-2", "356938035643817", 1).done();
        assertThat(board.ports()).extracting(PortView::address).containsExactly("10.0.0.7:5554", "10.0.0.7:5555",
                "10.0.0.7:5556", "10.0.0.7:5557", "10.0.0.8:6000");
        assertThat(board.ports()).extracting(PortView::orderId).doesNotContain("order-2");
    }

    @Test
    void keepingResultsForANegativeTimeIsRefused() {
        assertThatThrownBy(() -> new PortBoard(clock, Duration.ofSeconds(-1), "h", 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keep-finished");
    }
}

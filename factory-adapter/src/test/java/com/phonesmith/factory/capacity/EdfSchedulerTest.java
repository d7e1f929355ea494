package com.phonesmith.factory.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EdfSchedulerTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    static EdfScheduler.Job job(String id, int dueInDays, boolean expedited, int ageSeconds) {
        return new EdfScheduler.Job(id, MONDAY.plusDays(dueInDays), expedited, T0.minusSeconds(ageSeconds));
    }

    @Test
    void theEarliestDeadlineGoesFirstAndNoDayTakesMoreThanItsCapacity() {
        List<EdfScheduler.Job> jobs = List.of(job("late-due", 5, false, 0), job("soon-due", 1, false, 0),
                job("middle-due", 3, false, 0));
        EdfScheduler.Plan plan = new EdfScheduler().plan(jobs, MONDAY, 7, day -> 1);
        assertThat(plan.slots()).containsExactlyInAnyOrderEntriesOf(Map.of("soon-due", MONDAY,
                "middle-due", MONDAY.plusDays(1), "late-due", MONDAY.plusDays(2)));
        assertThat(plan.late()).isZero();
    }

    @Test
    void anExpeditedOrderGoesBeforeOrdersWithEarlierDates() {
        List<EdfScheduler.Job> jobs = List.of(job("due-today", 0, false, 100), job("expedited", 5, true, 0));
        EdfScheduler.Plan plan = new EdfScheduler().plan(jobs, MONDAY, 7, day -> 1);
        assertThat(plan.slots().get("expedited")).isEqualTo(MONDAY);
        assertThat(plan.slots().get("due-today")).isEqualTo(MONDAY.plusDays(1));
        assertThat(plan.late()).isEqualTo(1);
    }

    @Test
    void ordersWithTheSameDateKeepTheirArrivalOrder() {
        List<EdfScheduler.Job> jobs = List.of(job("younger", 2, false, 10), job("older", 2, false, 20));
        EdfScheduler.Plan plan = new EdfScheduler().plan(jobs, MONDAY, 7, day -> 1);
        assertThat(plan.slots().get("older")).isEqualTo(MONDAY);
        assertThat(plan.slots().get("younger")).isEqualTo(MONDAY.plusDays(1));
    }

    @Test
    void daysWithoutRoomAreSkippedAndWhatFitsNowhereStaysUnscheduled() {
        List<EdfScheduler.Job> jobs = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            jobs.add(job("order-" + i, 4, false, 100 - i));
        }
        // Monday full, Tuesday 2, Wednesday closed, Thursday 3: seven orders, five places
        Map<LocalDate, Integer> free = Map.of(MONDAY, 0, MONDAY.plusDays(1), 2, MONDAY.plusDays(2), 0,
                MONDAY.plusDays(3), 3);
        EdfScheduler.Plan plan = new EdfScheduler().plan(jobs, MONDAY, 4, day -> free.getOrDefault(day, 0));
        Map<LocalDate, Long> perDay = plan.slots().values().stream()
                .collect(Collectors.groupingBy(day -> day, Collectors.counting()));
        assertThat(perDay).containsExactlyInAnyOrderEntriesOf(Map.of(MONDAY.plusDays(1), 2L, MONDAY.plusDays(3), 3L));
        assertThat(plan.unscheduled()).containsExactly("order-5", "order-6");
    }

    @Test
    void thirtyThousandOrdersFillTwoWeeksInDeadlineOrder() {
        List<EdfScheduler.Job> jobs = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            jobs.add(job("order-" + i, i % 14, i % 500 == 0, i));
        }
        EdfScheduler.Plan plan = new EdfScheduler().plan(jobs, MONDAY, 14, day -> 2560);
        assertThat(plan.slots()).hasSize(30_000);
        Map<LocalDate, Long> perDay = plan.slots().values().stream()
                .collect(Collectors.groupingBy(day -> day, Collectors.counting()));
        assertThat(perDay.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(2560));
        assertThat(plan.slots().get("order-500")).isEqualTo(MONDAY);
    }
}

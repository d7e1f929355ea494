package com.phonesmith.factory.capacity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Assigns work orders to days, earliest deadline first: expedited orders first, then by the day they must ship by,
 * then by age. Each order takes the earliest day that still has free capacity, so no day is given more than it
 * can build, and with one-day jobs no other order of assignment meets more deadlines.
 */
public final class EdfScheduler {

    /** A work order that may still move: its id, the day it must ship by, and whether support expedited it. */
    public record Job(String id, LocalDate shipBy, boolean expedited, Instant createdAt) {
    }

    /** Where each order goes; orders that fit nowhere in the horizon stay unscheduled. */
    public record Plan(Map<String, LocalDate> slots, List<String> unscheduled, int late) {
    }

    static final Comparator<Job> EARLIEST_DEADLINE_FIRST = Comparator.comparing((Job job) -> !job.expedited())
            .thenComparing(Job::shipBy).thenComparing(Job::createdAt).thenComparing(Job::id);

    /**
     * @param firstDay the first day that can take work (today, or tomorrow when today's shifts are over)
     * @param days how many days from firstDay may be used
     * @param free the capacity of a day not yet taken by orders that can no longer move
     */
    public Plan plan(List<Job> jobs, LocalDate firstDay, int days, ToIntFunction<LocalDate> free) {
        List<Job> ordered = new ArrayList<>(jobs);
        ordered.sort(EARLIEST_DEADLINE_FIRST);
        Map<String, LocalDate> slots = new HashMap<>(ordered.size() * 2);
        List<String> unscheduled = new ArrayList<>();
        int late = 0;
        int dayIndex = 0;
        LocalDate day = firstDay;
        int left = days > 0 ? Math.max(0, free.applyAsInt(day)) : 0;
        for (Job job : ordered) {
            while (left == 0 && dayIndex < days - 1) {
                dayIndex++;
                day = firstDay.plusDays(dayIndex);
                left = Math.max(0, free.applyAsInt(day));
            }
            if (left == 0) {
                unscheduled.add(job.id());
                continue;
            }
            slots.put(job.id(), day);
            left--;
            if (day.isAfter(job.shipBy())) {
                late++;
            }
        }
        return new Plan(slots, unscheduled, late);
    }
}

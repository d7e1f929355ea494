package com.phonesmith.factory.capacity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The factory model the capacity calendar is made from: identical lines of stations, each station with its units
 * working in parallel and the time one phone takes there, worked in shifts on working days.
 */
@ConfigMapping(prefix = "factory.capacity")
public interface CapacityConfig {
    /** The factory's time zone: its days and shifts are local to it. */
    @WithDefault("Europe/Stockholm")
    ZoneId zone();

    @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY")
    Set<DayOfWeek> workingDays();

    /** Shifts as HH:MM-HH:MM in the factory's zone; 24:00 is the end of the day. */
    @WithDefault("06:00-14:00,14:00-22:00")
    List<String> shifts();

    /** Identical production lines. */
    @WithDefault("2")
    int lines();

    /** The stations of one line, a phone passing each in turn. */
    Stations stations();

    /** Days from shipping to delivery. */
    @WithDefault("2")
    int transitDays();

    /** The shop promises delivery within this many days of the order. */
    @WithDefault("7")
    int promiseDays();

    /** How far ahead work orders are booked; an order that fits nowhere in it waits unscheduled. */
    @WithDefault("28")
    int horizonDays();

    /** How often the schedule is planned again, earliest deadline first (a scheduler interval). */
    @WithDefault("10m")
    String replanInterval();

    interface Stations {
        Station kitting();

        Station flashing();

        Station qa();

        Station packing();

        Station shipping();
    }

    interface Station {
        /** Units working in parallel: flashing ports, QA benches, packers. */
        int units();

        /** How long one phone takes at one unit. */
        Duration perPhone();
    }
}

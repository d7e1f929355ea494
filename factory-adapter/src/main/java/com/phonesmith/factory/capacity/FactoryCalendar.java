package com.phonesmith.factory.capacity;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the configured factory can do on a day: the phones its lines finish in the day's shifts, limited by the
 * slowest station (the bottleneck), and whether an order booked now can still be finished today.
 */
public final class FactoryCalendar {
    private final ZoneId zone;
    private final Set<DayOfWeek> workingDays;
    private final List<Shift> shifts;
    private final int lines;
    private final Map<String, CapacityConfig.Station> stations;
    private final int transitDays;
    private final int promiseDays;
    private final int horizonDays;

    FactoryCalendar(ZoneId zone, Set<DayOfWeek> workingDays, List<Shift> shifts, int lines,
            Map<String, CapacityConfig.Station> stations, int transitDays, int promiseDays, int horizonDays) {
        if (lines < 0) {
            throw new IllegalArgumentException("factory.capacity.lines must not be negative, got " + lines);
        }
        stations.forEach((name, station) -> {
            if (station.units() <= 0 || station.perPhone().isNegative() || station.perPhone().isZero()) {
                throw new IllegalArgumentException("station " + name + " needs at least one unit and a positive"
                        + " per-phone duration, got " + station.units() + " units of " + station.perPhone());
            }
        });
        this.zone = zone;
        this.workingDays = Set.copyOf(workingDays);
        this.shifts = List.copyOf(shifts);
        this.lines = lines;
        this.stations = Map.copyOf(stations);
        this.transitDays = transitDays;
        this.promiseDays = promiseDays;
        this.horizonDays = horizonDays;
    }

    public static FactoryCalendar of(CapacityConfig config) {
        CapacityConfig.Stations s = config.stations();
        return new FactoryCalendar(config.zone(), config.workingDays(),
                config.shifts().stream().map(Shift::parse).toList(), config.lines(),
                Map.of("kitting", s.kitting(), "flashing", s.flashing(), "qa", s.qa(), "packing", s.packing(),
                        "shipping", s.shipping()),
                config.transitDays(), config.promiseDays(), config.horizonDays());
    }

    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** Phones the factory finishes on this day as configured (a day's row may be changed by an admin). */
    public int capacityOf(LocalDate day) {
        if (!workingDays.contains(day.getDayOfWeek())) {
            return 0;
        }
        long shiftSeconds = shifts.stream().mapToLong(shift -> shift.length().toSeconds()).sum();
        return (int) Math.min(Integer.MAX_VALUE / 2, lines * (long) Math.floor(shiftSeconds * phonesPerSecond()));
    }

    /** Phones one line finishes per second: its slowest station's units over that station's time per phone. */
    double phonesPerSecond() {
        return stations.values().stream().mapToDouble(FactoryCalendar::pace).min().orElse(0);
    }

    /** The station that limits a line. */
    public String bottleneck() {
        return stations.entrySet().stream().min(Comparator.comparingDouble(e -> pace(e.getValue())))
                .map(Map.Entry::getKey).orElse("none");
    }

    /** Phones per second a station finishes with all its units busy. */
    private static double pace(CapacityConfig.Station station) {
        return station.units() / (station.perPhone().toNanos() / 1e9);
    }

    /** One phone's way through all stations of a line. */
    public Duration cycleTime() {
        return stations.values().stream().map(CapacityConfig.Station::perPhone).reduce(Duration.ZERO, Duration::plus);
    }

    /** Whether an order booked at this instant can still go through the line before today's last shift ends. */
    public boolean canFinishToday(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        if (!workingDays.contains(local.getDayOfWeek())) {
            return false;
        }
        Duration cycle = cycleTime();
        return shifts.stream().anyMatch(shift -> shift.remainingAt(local.toLocalTime()).compareTo(cycle) >= 0);
    }

    /** The day a phone shipped on this day reaches the shopper. */
    public LocalDate deliveryAfterShipping(LocalDate shipDate) {
        return shipDate.plusDays(transitDays);
    }

    /** The last day an order placed on this day may ship and still be delivered within the promise. */
    public LocalDate shipByForOrderedOn(LocalDate orderDay) {
        return orderDay.plusDays(promiseDays - (long) transitDays);
    }

    public LocalDate latestPromisableDelivery(LocalDate today) {
        return today.plusDays(promiseDays);
    }

    public int horizonDays() {
        return horizonDays;
    }

    public ZoneId zone() {
        return zone;
    }
}

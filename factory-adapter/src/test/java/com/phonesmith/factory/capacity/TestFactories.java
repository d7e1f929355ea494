package com.phonesmith.factory.capacity;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Factory calendars for plain tests. */
public final class TestFactories {
    private TestFactories() {
    }

    static CapacityConfig.Station station(int units, Duration perPhone) {
        return new CapacityConfig.Station() {
            @Override
            public int units() {
                return units;
            }

            @Override
            public Duration perPhone() {
                return perPhone;
            }
        };
    }

    /** Two lines, two eight-hour shifts Monday to Saturday; flashing (8 ports, 6 min) and QA (4, 3 min) limit. */
    public static FactoryCalendar standard() {
        Map<String, CapacityConfig.Station> stations = new LinkedHashMap<>();
        stations.put("kitting", station(2, Duration.ofMinutes(1)));
        stations.put("flashing", station(8, Duration.ofMinutes(6)));
        stations.put("qa", station(4, Duration.ofMinutes(3)));
        stations.put("packing", station(2, Duration.ofMinutes(1)));
        stations.put("shipping", station(1, Duration.ofSeconds(30)));
        return new FactoryCalendar(ZoneId.of("Europe/Stockholm"), EnumSet.complementOf(EnumSet.of(DayOfWeek.SUNDAY)),
                List.of(Shift.parse("06:00-14:00"), Shift.parse("14:00-22:00")), 2, stations, 2, 7, 28);
    }
}

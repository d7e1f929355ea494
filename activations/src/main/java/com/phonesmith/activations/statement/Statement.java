package com.phonesmith.activations.statement;

import java.time.Instant;
import java.util.List;

/** A maker's closed statement for one month: what it is paid, line by line, in integer minor units. */
public record Statement(String maker, String month, long devicesInUse, long rateMinor, String currency,
        long totalMinor, Instant closedAt, List<Line> lines) {

    public record Line(int number, String kind, String description, long devices, long amountMinor) {
    }
}

package com.phonesmith.factory.capacity;

import java.time.LocalDate;

/** A day of the capacity calendar as the API shows it. */
public record CapacityDay(LocalDate day, int capacity, int booked, int free, boolean overridden) {
}

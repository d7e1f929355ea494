package com.phonesmith.factory.promise;

import com.phonesmith.factory.capacity.FactoryCalendar;
import com.phonesmith.factory.stock.Variant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Turns free stock and the earliest free day into the promise a shopper is shown. */
public final class PromiseRules {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final FactoryCalendar calendar;

    public PromiseRules(FactoryCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * @param freeStock handsets of the variant in stock and not yet reserved, less orders waiting for one
     * @param earliestFreeDay the first day with capacity left, if any in the horizon
     */
    public Promise promise(Variant variant, long freeStock, LocalDate today, Optional<LocalDate> earliestFreeDay) {
        if (freeStock <= 0) {
            return refused(variant, null, "no " + variant.model() + " " + variant.colour() + " " + variant.storageGb()
                    + " GB handset is in stock");
        }
        if (earliestFreeDay.isEmpty()) {
            return refused(variant, null, "the factory is fully booked for the next " + calendar.horizonDays()
                    + " days");
        }
        LocalDate ship = earliestFreeDay.get();
        LocalDate delivery = calendar.deliveryAfterShipping(ship);
        if (delivery.isAfter(calendar.latestPromisableDelivery(today))) {
            return new Promise(variant.model(), variant.colour(), variant.storageGb(), false, ship, delivery,
                    "the earliest delivery is " + DAY.format(delivery) + ", more than "
                            + (calendar.latestPromisableDelivery(today).toEpochDay() - today.toEpochDay())
                            + " days away");
        }
        return new Promise(variant.model(), variant.colour(), variant.storageGb(), true, ship, delivery, null);
    }

    private static Promise refused(Variant variant, LocalDate ship, String reason) {
        return new Promise(variant.model(), variant.colour(), variant.storageGb(), false, ship, null, reason);
    }
}

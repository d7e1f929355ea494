package com.phonesmith.workflow.promise;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The moments of an order's promise, from its promised dates (days end at midnight UTC): it must ship by the end of
 * its promised ship day, so it is at risk once the work left before shipping no longer fits; it is breached when the
 * promised delivery day ends undelivered. An order placed before promises travelled with it gets the shop's seven-day
 * promise from its placing, shipping two days before.
 */
public record PromiseDeadlines(LocalDate deliveryDay, Instant shipBy, Instant atRisk, Instant breach) {
    static final int PROMISE_DAYS = 7;
    static final int CARRIER_DAYS = 2;

    public static PromiseDeadlines of(LocalDate promisedShipDate, LocalDate promisedDeliveryDate, Instant placedAt,
            Duration workBeforeShipping) {
        LocalDate delivery = promisedDeliveryDate != null ? promisedDeliveryDate
                : placedAt.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(PROMISE_DAYS);
        LocalDate ship = promisedShipDate != null ? promisedShipDate : delivery.minusDays(CARRIER_DAYS);
        Instant shipBy = endOf(ship);
        return new PromiseDeadlines(delivery, shipBy, shipBy.minus(workBeforeShipping), endOf(delivery));
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}

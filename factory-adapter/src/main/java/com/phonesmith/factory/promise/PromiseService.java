package com.phonesmith.factory.promise;

import com.phonesmith.factory.capacity.CapacityService;
import com.phonesmith.factory.stock.StockService;
import com.phonesmith.factory.stock.Variant;
import com.phonesmith.factory.workorder.Reservations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Available to promise: the variant's free handsets and the factory's first day with room, as of now. */
@ApplicationScoped
public class PromiseService {
    private final CapacityService capacity;
    private final StockService stock;
    private final Reservations reservations;
    private final PromiseRules rules;
    private final Clock clock;

    public PromiseService(CapacityService capacity, StockService stock, Reservations reservations, Clock clock) {
        this.capacity = capacity;
        this.stock = stock;
        this.reservations = reservations;
        this.rules = new PromiseRules(capacity.calendar());
        this.clock = clock;
    }

    @Transactional
    public Promise promise(Variant variant) {
        Instant now = clock.instant();
        long free = stock.countAvailable(variant) - reservations.countWaitingForStock(variant);
        return rules.promise(variant, free, capacity.calendar().dateOf(now), capacity.earliestFreeDay(now));
    }
}

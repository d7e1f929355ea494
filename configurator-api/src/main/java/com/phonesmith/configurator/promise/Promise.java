package com.phonesmith.configurator.promise;

import java.time.LocalDate;

/**
 * What the shop may tell a shopper about the delivery of a variant, in the shape factory-adapter answers it.
 *
 * @param promisable   whether delivery by {@code deliveryDate}, within seven days, is promised
 * @param shipDate     when promisable, the day it ships; otherwise the earliest day it could ship, if the factory knows
 * @param deliveryDate when promisable, the promised day; otherwise the earliest possible day, if known; never made up
 * @param reason       when not promisable, a sentence for the shopper saying why; null otherwise
 */
public record Promise(String model, String colour, int storageGb, boolean promisable, LocalDate shipDate,
        LocalDate deliveryDate, String reason) {

    /** The honest answer when the factory cannot be asked or its answer cannot be trusted. */
    public static final String CANNOT_PROMISE_NOW = "we cannot promise a delivery date right now";

    static Promise promised(VariantCode variant, LocalDate shipDate, LocalDate deliveryDate) {
        return new Promise(variant.model(), variant.colour(), variant.storageGb(), true, shipDate, deliveryDate, null);
    }

    static Promise notPromised(VariantCode variant, LocalDate earliestShip, LocalDate earliestDelivery,
            String reason) {
        return new Promise(variant.model(), variant.colour(), variant.storageGb(), false, earliestShip,
                earliestDelivery, reason);
    }

    /** Nothing promised and no date given: the factory is down or said something that cannot be. */
    public static Promise cannotPromiseNow(VariantCode variant) {
        return notPromised(variant, null, null, CANNOT_PROMISE_NOW);
    }

    public boolean isFor(VariantCode variant) {
        return model.equals(variant.model()) && colour.equals(variant.colour()) && storageGb == variant.storageGb();
    }

    /** The promised delivery day; null when nothing is promised. */
    public LocalDate promisedDeliveryDate() {
        return promisable ? deliveryDate : null;
    }

    /** The day it ships, when delivery is promised; null otherwise. */
    public LocalDate promisedShipDate() {
        return promisable ? shipDate : null;
    }
}

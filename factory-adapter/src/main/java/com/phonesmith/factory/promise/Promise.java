package com.phonesmith.factory.promise;

import java.time.LocalDate;

/**
 * The earliest ship and delivery date of a variant. Not promisable when there is no free handset of it, no free
 * capacity in the horizon, or the earliest delivery is beyond the promise; the reason says which, for a shopper.
 */
public record Promise(String model, String colour, int storageGb, boolean promisable, LocalDate shipDate,
        LocalDate deliveryDate, String reason) {
}

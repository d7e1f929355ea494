package com.phonesmith.factory.shipping;

import java.time.Instant;
import java.util.Optional;

/**
 * The carrier port: book a parcel (the carrier gives its tracking number), hand it over or cancel the booking, and
 * ask whether it has been delivered. A booking is idempotent by our reference (the order id), so a retried pack never books twice.
 */
public interface Carrier {
    String name();

    Booking book(String reference, Instant now);

    /** The carrier collected the parcel from the factory. */
    void handOver(String trackingNumber, Instant now);

    /**
     * Cancels a booking whose parcel the carrier has not collected (the order was cancelled after packing); asking
     * again changes nothing. False when the parcel was collected already, or the carrier has no such booking.
     */
    boolean cancel(String trackingNumber, Instant now);

    /** When the carrier delivered the parcel, if it has. */
    Optional<Instant> deliveredAt(String trackingNumber, Instant now);

    record Booking(String carrier, String trackingNumber) {
    }
}

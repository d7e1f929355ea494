package com.phonesmith.contracts.events;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventType;
import com.phonesmith.contracts.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A shopper placed an order for exactly this configuration.
 *
 * @param customerId        the account that placed it (the token's subject); {@code null} for a guest's order
 * @param trackingTokenHash SHA-256 (hex) of the order's tracking token, with which its owner or a guest may
 *                          follow it ({@link com.phonesmith.contracts.access.TrackingToken}); the token itself
 *                          never travels. Both fields were added within version 1 and are absent (null) in
 *                          messages written before them.
 * @param promisedShipDate     the day the factory promised to ship it by, and
 * @param promisedDeliveryDate the day its delivery was promised for (at most seven days after placing); both added
 *                             within version 1, null in messages written before them or when no date was promised
 */
@EventType(name = "OrderPlaced", version = 1, topic = Topics.ORDERS_EVENTS)
public record OrderPlaced(String orderId, String maker, String model, String colour, int storageGb,
        List<String> features, List<String> apps, long priceMinor, String currency, String customerEmail,
        Instant placedAt, String customerId, String trackingTokenHash, LocalDate promisedShipDate,
        LocalDate promisedDeliveryDate) implements Event {

    /** An order as version 1 described it before promised dates travelled with it. */
    public OrderPlaced(String orderId, String maker, String model, String colour, int storageGb,
            List<String> features, List<String> apps, long priceMinor, String currency, String customerEmail,
            Instant placedAt, String customerId, String trackingTokenHash) {
        this(orderId, maker, model, colour, storageGb, features, apps, priceMinor, currency, customerEmail, placedAt,
                customerId, trackingTokenHash, null, null);
    }

    /** An order as the first messages of version 1 described it: no account, no tracking token. */
    public OrderPlaced(String orderId, String maker, String model, String colour, int storageGb,
            List<String> features, List<String> apps, long priceMinor, String currency, String customerEmail,
            Instant placedAt) {
        this(orderId, maker, model, colour, storageGb, features, apps, priceMinor, currency, customerEmail, placedAt,
                null, null, null, null);
    }
}

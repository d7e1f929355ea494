package com.phonesmith.configurator.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as the API answers it.
 *
 * @param status        {@code PLACED}, or {@code CANCELLED} once the workflow cancelled it
 * @param customerEmail in full for the order's owner and support; masked ({@code a***@example.org}) for a
 *                      caller who reads it with its tracking token
 * @param promisedShipDate     the day it ships, as promised when it was placed; null when nothing was promised
 * @param promisedDeliveryDate the day delivery was promised for when it was placed (at most seven days later);
 *                             null when no date could be promised
 * @param trackingToken the token with which a guest follows the order ({@code Order-Token} header); given to
 *                      whoever placed the order and to those who read it in full, absent otherwise
 * @param payment       where the order's payment stands; null only for orders placed before payments were taken
 */
public record OrderResponse(String id, String status, String maker, String model, String colour, int storageGb,
        List<String> features, List<String> apps, long priceMinor, String currency, String customerEmail,
        Instant placedAt, LocalDate promisedShipDate, LocalDate promisedDeliveryDate,
        @JsonInclude(JsonInclude.Include.NON_NULL) String trackingToken, Payment payment) {

    /**
     * An order's payment.
     *
     * @param status       {@code AUTHORISED} (held), {@code CAPTURED} (taken at shipping), {@code VOIDED} (the hold
     *                     released, nothing charged) or {@code REFUNDED} (taken, then paid back)
     * @param amountMinor  the amount held, taken, released or paid back, in minor units of {@code currency}
     * @param authorisedAt when it was held (the order was placed)
     * @param capturedAt   when it was taken; null if it was not
     * @param releasedAt   when the hold was voided or the payment refunded; null if neither happened
     */
    public record Payment(String status, long amountMinor, String currency, Instant authorisedAt, Instant capturedAt,
            Instant releasedAt) {

        static Payment of(CustomerOrder order) {
            if (order.paymentStatus == null) {
                return null;
            }
            return new Payment(order.paymentStatus.name(), PaymentRules.amountOf(order), order.currency,
                    order.paymentAuthorisedAt, order.paymentCapturedAt, order.paymentReleasedAt);
        }
    }

    static OrderResponse full(CustomerOrder order, String trackingToken) {
        return of(order, order.customerEmail, trackingToken);
    }

    static OrderResponse tracking(CustomerOrder order) {
        return of(order, OrderAccess.maskEmail(order.customerEmail), null);
    }

    private static OrderResponse of(CustomerOrder order, String email, String trackingToken) {
        return new OrderResponse(order.id.toString(), order.status.name(), order.maker, order.model, order.colour,
                order.storageGb, List.copyOf(order.features), List.copyOf(order.apps), order.priceMinor,
                order.currency, email, order.placedAt, order.promisedShipDate, order.promisedDeliveryDate,
                trackingToken, Payment.of(order));
    }
}

package com.phonesmith.configurator.order;

import com.phonesmith.contracts.events.OrderPlaced;
import com.phonesmith.contracts.events.PaymentCaptured;
import com.phonesmith.contracts.events.PaymentReleased;
import java.util.List;

/** Mapping of orders to the contract events that announce them. */
final class OrderEvents {
    private OrderEvents() {
    }

    static OrderPlaced placed(CustomerOrder order) {
        return new OrderPlaced(order.id.toString(), order.maker, order.model, order.colour, order.storageGb,
                List.copyOf(order.features), List.copyOf(order.apps), order.priceMinor, order.currency,
                order.customerEmail, order.placedAt, order.customerId, order.trackingTokenHash, order.promisedShipDate,
                order.promisedDeliveryDate);
    }

    /** The answer to CapturePayment, for an order whose payment is CAPTURED. */
    static PaymentCaptured captured(CustomerOrder order) {
        return new PaymentCaptured(order.id.toString(), order.paymentCapturedMinor, order.currency);
    }

    /** The answer to ReleasePayment, for an order whose payment is VOIDED or REFUNDED. */
    static PaymentReleased released(CustomerOrder order) {
        return new PaymentReleased(order.id.toString(), PaymentRules.howReleased(order), PaymentRules.amountOf(order),
                order.currency);
    }
}

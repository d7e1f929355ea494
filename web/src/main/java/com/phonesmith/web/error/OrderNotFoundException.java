package com.phonesmith.web.error;

/** Neither configurator-api nor order-workflow knows this order. */
public class OrderNotFoundException extends RuntimeException {
    private final String orderId;

    public OrderNotFoundException(String orderId) {
        super("order " + orderId + " not found");
        this.orderId = orderId;
    }

    public String orderId() {
        return orderId;
    }
}

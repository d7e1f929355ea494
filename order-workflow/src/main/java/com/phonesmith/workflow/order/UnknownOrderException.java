package com.phonesmith.workflow.order;

/** A message names an order that order-workflow never received an OrderPlaced for. */
public class UnknownOrderException extends RuntimeException {
    public UnknownOrderException(String orderId) {
        super("order " + orderId + " is not known to order-workflow (no OrderPlaced received)");
    }
}

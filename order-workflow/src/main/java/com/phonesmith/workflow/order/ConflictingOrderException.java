package com.phonesmith.workflow.order;

/** A second OrderPlaced for an order id that already exists, with a different configuration. */
public class ConflictingOrderException extends RuntimeException {
    public ConflictingOrderException(String orderId, String difference) {
        super("OrderPlaced for existing order " + orderId + " differs from the stored order: " + difference);
    }
}

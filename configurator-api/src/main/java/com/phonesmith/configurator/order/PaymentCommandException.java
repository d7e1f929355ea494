package com.phonesmith.configurator.order;

/**
 * A command of the workflow on an order's payment that could not be carried out: no such order, or the provider
 * refused or did not answer (the cause). Its message names the command, the order and the reason; it becomes the
 * dead letter's reason that support reads.
 */
public class PaymentCommandException extends RuntimeException {
    public PaymentCommandException(String message) {
        super(message);
    }

    public PaymentCommandException(String message, Throwable cause) {
        super(message, cause);
    }
}

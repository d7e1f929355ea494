package com.phonesmith.configurator.payment;

/** The provider refused the payment; the reason is fit to show the payer. */
public class PaymentDeclinedException extends RuntimeException {
    public PaymentDeclinedException(String reason) {
        super(reason);
    }
}

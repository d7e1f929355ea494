package com.phonesmith.configurator.payment;

/** The provider did not answer (down, or timed out): whether the call took effect is not known. */
public class PaymentUnavailableException extends RuntimeException {
    public PaymentUnavailableException(String reason) {
        super(reason);
    }
}

package com.phonesmith.configurator.payment;

/**
 * The port to a payment provider. Every call names the payment by our key, so that a call repeated after a lost
 * answer acts once: authorising a key already authorised answers that authorisation.
 */
public interface PaymentProvider {

    /**
     * Holds the amount on the payment method.
     *
     * @throws PaymentDeclinedException when the provider refuses the method or the amount
     * @throws PaymentUnavailableException when no answer came (the hold may or may not exist)
     */
    Authorisation authorise(String key, String method, long amountMinor, String currency);

    /** Releases the hold of the key, if there is one (nothing happens otherwise). */
    void voidAuthorisation(String key);

    /** Takes the held amount (all or part of it). */
    void capture(String key, long amountMinor);

    /** Pays back a captured amount (all or part of it). */
    void refund(String key, long amountMinor);

    /** An amount held on a payment method. */
    record Authorisation(String key, String id, long amountMinor, String currency) {
    }
}

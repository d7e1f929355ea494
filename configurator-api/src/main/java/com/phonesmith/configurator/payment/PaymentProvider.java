package com.phonesmith.configurator.payment;

/**
 * The port to a payment provider. Every call names the payment by our key, so that a call repeated after a lost
 * answer acts once: authorising a key already authorised answers that authorisation, capturing a key already
 * captured answers as captured, refunding a key already refunded answers as refunded, and in none of these does
 * money move a second time. This is what lets a caller repeat a call whose outcome it could not record (its own
 * transaction rolled back after the provider answered).
 */
public interface PaymentProvider {

    /**
     * Holds the amount on the payment method.
     *
     * @throws PaymentDeclinedException when the provider refuses the method or the amount
     * @throws PaymentUnavailableException when no answer came (the hold may or may not exist)
     */
    Authorisation authorise(String key, String method, long amountMinor, String currency);

    /**
     * Releases the hold of the key, if there is one (nothing happens otherwise, also for a key voided already).
     *
     * @throws PaymentDeclinedException when the key was captured: a captured payment is refunded, not voided
     * @throws PaymentUnavailableException when no answer came (the hold may or may not be released)
     */
    void voidAuthorisation(String key);

    /**
     * Takes the held amount (all or part of it). A key captured already, for this amount, answers as captured and
     * takes nothing more.
     *
     * @throws PaymentDeclinedException when there is no hold of at least that amount to take (none, or voided)
     * @throws PaymentUnavailableException when no answer came (the amount may or may not be taken)
     */
    void capture(String key, long amountMinor);

    /**
     * Pays back the captured amount (all or part of it), once per key: a key refunded already, by this amount,
     * answers as refunded and pays back nothing more.
     *
     * @throws PaymentDeclinedException when nothing that large was captured, or the key was refunded by another
     *                                  amount
     * @throws PaymentUnavailableException when no answer came (the refund may or may not be made)
     */
    void refund(String key, long amountMinor);

    /** An amount held on a payment method. */
    record Authorisation(String key, String id, long amountMinor, String currency) {
    }
}

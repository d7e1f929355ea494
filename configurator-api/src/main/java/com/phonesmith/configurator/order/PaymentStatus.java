package com.phonesmith.configurator.order;

/**
 * Where an order's payment stands. {@link #AUTHORISED} when the order is placed; then either {@link #CAPTURED} when
 * it ships, or {@link #VOIDED} when it is cancelled before that; a captured payment of a cancelled order is
 * {@link #REFUNDED}. {@link PaymentRules} says which command moves it where.
 */
public enum PaymentStatus {
    /** The price is held on the payment method; nothing is charged yet. */
    AUTHORISED,
    /** The held amount was taken (the order shipped). */
    CAPTURED,
    /** The hold was released without a charge (the order was cancelled before it shipped). */
    VOIDED,
    /** The captured amount was paid back (the order was cancelled after its payment was taken). */
    REFUNDED
}

package com.phonesmith.configurator.order;

/** Where an order stands, as far as this service knows it (the factory's steps are order-workflow's to tell). */
public enum OrderStatus {
    /** Accepted and announced with OrderPlaced; the workflow takes it from here. */
    PLACED,
    /** Cancelled by the workflow (its ReleasePayment): the payment was voided or refunded, nothing is charged. */
    CANCELLED
}

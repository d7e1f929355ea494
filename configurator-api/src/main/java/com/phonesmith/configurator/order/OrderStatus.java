package com.phonesmith.configurator.order;

/** Where an order stands, as far as this service knows it. */
public enum OrderStatus {
    /** Accepted and announced with OrderPlaced; the workflow takes it from here. */
    PLACED
}

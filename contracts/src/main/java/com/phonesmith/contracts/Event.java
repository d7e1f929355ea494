package com.phonesmith.contracts;

/**
 * A message payload carried in an {@link Envelope}. Each implementation is one version of one message
 * type, named by {@link EventType}; an incompatible change is a new class with a higher version.
 */
public interface Event {
    String orderId();

    /**
     * The Kafka key: the order id, so one order's messages stay in order; device events ({@code devices.events},
     * {@code activations.events}) key by the device instead, so one device's messages do.
     */
    default String messageKey() {
        return orderId();
    }
}

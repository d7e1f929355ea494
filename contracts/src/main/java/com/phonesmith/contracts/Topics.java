package com.phonesmith.contracts;

public final class Topics {
    public static final String ORDERS_EVENTS = "orders.events";
    public static final String WORKFLOW_COMMANDS = "workflow.commands";
    public static final String FACTORY_EVENTS = "factory.events";
    public static final String IMAGES_EVENTS = "images.events";
    /** What the factory says about a device it made (DeviceProvisioned), keyed by IMEI. */
    public static final String DEVICES_EVENTS = "devices.events";
    /**
     * What activations says about a device in use (DeviceActivated), keyed by IMEI: a topic of its own, so that
     * activations, which reads devices.events, is not handed back every event it writes.
     */
    public static final String ACTIVATIONS_EVENTS = "activations.events";
    public static final String DEAD_LETTERS = "dead-letters";

    private Topics() {
    }
}

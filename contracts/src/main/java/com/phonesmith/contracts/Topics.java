package com.phonesmith.contracts;

public final class Topics {
    public static final String ORDERS_EVENTS = "orders.events";
    public static final String WORKFLOW_COMMANDS = "workflow.commands";
    public static final String FACTORY_EVENTS = "factory.events";
    public static final String IMAGES_EVENTS = "images.events";
    public static final String DEVICES_EVENTS = "devices.events";
    public static final String DEAD_LETTERS = "dead-letters";

    private Topics() {
    }
}

package com.phonesmith.configurator.order;

/** The outcome of placing an order: the order, and whether this request created it or repeated an earlier one. */
public record Placement(OrderResponse order, boolean created) {
}

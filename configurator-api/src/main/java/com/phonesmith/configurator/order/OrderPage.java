package com.phonesmith.configurator.order;

import java.util.List;

/** One page of a list of orders, newest first. */
public record OrderPage(List<OrderResponse> items, int page, int size, long total) {
}

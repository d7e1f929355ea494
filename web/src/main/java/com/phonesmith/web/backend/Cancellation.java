package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * order-workflow's answer to cancelling an order: the order's cancellation (a repeated cancel answers the first
 * one). {@code at} is kept as the ISO-8601 text received; {@code reason} may be null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Cancellation(String orderId, String status, String cancelledBy, String reason, String at) {
}

package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An open incident of order-workflow: an order stuck waiting for {@code waitingFor} (ImageReady, HandsetReserved,
 * Shipped) since {@code since}, of {@code type} IMAGE_BUILD_FAILED or REPLY_OVERDUE, with a message for support.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Incident(String id, String orderId, String type, String waitingFor, String message, String since) {
}

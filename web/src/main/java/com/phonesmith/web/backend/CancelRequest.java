package com.phonesmith.web.backend;

/** The body of cancelling an order at order-workflow: why, in the canceller's words (null when none was given). */
public record CancelRequest(String reason) {
}

package com.phonesmith.workflow.cancel;

/** The body of a cancellation: why (required from support, optional for the shopper). */
public record CancelRequest(String reason) {
}

package com.phonesmith.workflow.support;

/** A note support adds to an order's timeline. */
public record SupportNote(String text) {
}

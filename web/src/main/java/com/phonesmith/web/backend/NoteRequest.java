package com.phonesmith.web.backend;

/** The body of adding support's note to an order at order-workflow: the text, as typed. */
public record NoteRequest(String text) {
}

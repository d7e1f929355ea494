package com.phonesmith.workflow.deadletter;

/** Support's note on what was done with a dead letter and why. */
public record DeadLetterNote(String note) {
}

package com.phonesmith.workflow.deadletter;

import java.time.Instant;

/** A dead letter as support reads it (the payload stays in the service: it may hold personal data). */
public record DeadLetterView(long id, String sourceTopic, String messageKey, String messageType, String reason,
        Instant receivedAt, String status, String note, String actedBy, Instant actedAt) {
    static DeadLetterView of(DeadLetter letter) {
        return new DeadLetterView(letter.id, letter.sourceTopic, letter.messageKey, letter.messageType, letter.reason,
                letter.receivedAt, letter.status.name(), letter.note, letter.actedBy, letter.actedAt);
    }
}

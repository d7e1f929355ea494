package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A message order-workflow received on {@code sourceTopic} but could not handle, for {@code reason}: support
 * replays it (handled again) or discards it with a note. {@code messageType} is null when the payload could not be
 * read at all; {@code status} is OPEN, REPLAYED or DISCARDED, and who acted when, with what note, once it is not
 * open.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeadLetter(long id, String sourceTopic, String messageKey, String messageType, String reason,
        String receivedAt, String status, String note, String actedBy, String actedAt) {
}

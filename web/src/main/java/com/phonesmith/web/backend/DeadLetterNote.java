package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of replaying or discarding a dead letter: support's note on why (a replay may have none: {@code {}}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadLetterNote(String note) {
}

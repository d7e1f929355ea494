package com.phonesmith.workflow.deadletter;

import java.util.List;

/** The newest dead letters of a status, and how many have it in all. */
public record DeadLetterPage(List<DeadLetterView> items, long total) {
}

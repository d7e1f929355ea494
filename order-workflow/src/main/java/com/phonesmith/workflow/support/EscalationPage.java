package com.phonesmith.workflow.support;

import java.util.List;

/** One page of escalated orders (newest escalation first) and how many there are in all. */
public record EscalationPage(String kind, List<Escalation> items, long total) {
}

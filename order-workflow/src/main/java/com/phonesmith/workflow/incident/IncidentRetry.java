package com.phonesmith.workflow.incident;

/** What a retry did: the incident ended, and the command sent again (null when none had to be). */
public record IncidentRetry(String orderId, String incidentId, String resent) {
}

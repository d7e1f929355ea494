package com.phonesmith.workflow.incident;

import java.util.List;

/** The newest open incidents, and how many are open in all. */
public record IncidentPage(List<IncidentView> items, long total) {
}

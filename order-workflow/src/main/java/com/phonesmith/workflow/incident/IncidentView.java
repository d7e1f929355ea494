package com.phonesmith.workflow.incident;

import com.phonesmith.workflow.process.OpenIncident;
import java.time.Instant;

/** An open incident as support reads it. */
public record IncidentView(String id, String orderId, String type, String waitingFor, String message, Instant since) {
    static IncidentView of(OpenIncident incident) {
        return new IncidentView(incident.id(), incident.orderId(), incident.kind().name(), incident.waitingFor(),
                incident.message(), incident.since());
    }
}

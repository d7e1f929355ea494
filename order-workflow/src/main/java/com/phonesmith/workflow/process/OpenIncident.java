package com.phonesmith.workflow.process;

import java.time.Instant;
import org.camunda.bpm.engine.runtime.Incident;

/**
 * An order raised to support and not yet resolved.
 *
 * @param waitingFor the reply the order waits for (the activity of the incident)
 * @param jobId      the failed job to try again, for {@link IncidentKind#JOB_FAILED}; null otherwise
 */
public record OpenIncident(String id, String orderId, IncidentKind kind, String waitingFor, String message,
        Instant since, String jobId) {

    static OpenIncident of(Incident incident, String orderId) {
        IncidentKind kind = IncidentKind.ofEngineType(incident.getIncidentType());
        return new OpenIncident(incident.getId(), orderId, kind, incident.getActivityId(),
                incident.getIncidentMessage(), incident.getIncidentTimestamp().toInstant(),
                kind == IncidentKind.JOB_FAILED ? incident.getConfiguration() : null);
    }
}

package com.phonesmith.web.fake;

import java.util.Map;

/** order-workflow's open incidents as the fake plays them. */
public final class Incidents {
    public static final String PATH = "/api/incidents";
    public static final String NONE = "{\"items\":[],\"total\":0}";
    public static final String MESSAGE = "The OS image could not be built: the builder ran out of disk space.";

    private Incidents() {
    }

    public static String retryPath(String orderId, String incidentId) {
        return "/api/orders/" + orderId + "/incidents/" + incidentId + "/retry";
    }

    /**
     * One open incident: the order waits for its image since the build failed at 19:30 on 1 December 2026. Its
     * retry sends BuildImage again and closes the incident, so the list is empty after it, as in order-workflow.
     */
    public static void imageBuildFailed(FakeBackend workflow, String orderId, String incidentId) {
        workflow.json(PATH, """
                {"items":[{"id":"%s","orderId":"%s","type":"IMAGE_BUILD_FAILED","waitingFor":"ImageReady",\
                "message":"%s","since":"2026-12-01T19:30:00Z"}],"total":1}""".formatted(incidentId, orderId, MESSAGE));
        String retry = retryPath(orderId, incidentId);
        workflow.answerPost(retry, 200, "application/json", """
                {"orderId":"%s","incidentId":"%s","resent":"BuildImage"}""".formatted(orderId, incidentId), Map.of());
        workflow.whenPosted(retry, () -> workflow.json(PATH, NONE));
    }

    /** The incident was resolved meanwhile: its retry answers 404, as order-workflow does. */
    public static void resolvedMeanwhile(FakeBackend workflow, String orderId, String incidentId) {
        workflow.answerPost(retryPath(orderId, incidentId), 404, "application/problem+json", """
                {"type":"https://phonesmith.example/problems/404","title":"Not Found","status":404,\
                "detail":"incident %s is not open on order %s"}""".formatted(incidentId, orderId), Map.of());
    }

    /** No incidents again, for the tests that follow. */
    public static void none(FakeBackend workflow) {
        workflow.json(PATH, NONE);
    }
}

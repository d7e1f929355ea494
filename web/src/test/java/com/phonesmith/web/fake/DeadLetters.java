package com.phonesmith.web.fake;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** order-workflow's dead letters as the fake plays them. */
public final class DeadLetters {
    public static final String PATH = "/api/dead-letters";
    public static final String NONE = "{\"items\":[],\"total\":0}";
    public static final String REASON = "No order waits for an image of build b-4711: the order was cancelled.";
    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1000);

    private DeadLetters() {
    }

    /** An id no other test has used in this JVM, so the answers set for it stay that test's own. */
    public static long freshId() {
        return IDS.incrementAndGet();
    }

    public static String replayPath(long id) {
        return PATH + "/" + id + "/replay";
    }

    public static String discardPath(long id) {
        return PATH + "/" + id + "/discard";
    }

    /**
     * One open dead letter: an ImageReady of the order that order-workflow received at 19:30 on 1 December 2026
     * but could not handle. Replaying or discarding it closes it, so the list is empty after either, as in
     * order-workflow.
     */
    public static void imageReadyOfOrder(FakeBackend workflow, long id, String orderId) {
        workflow.json(PATH, """
                {"items":[%s],"total":1}""".formatted(letter(id, orderId, "OPEN", null)));
        workflow.answerPost(replayPath(id), 200, "application/json", letter(id, orderId, "REPLAYED", "replayed"),
                Map.of());
        workflow.whenPosted(replayPath(id), () -> none(workflow));
        workflow.answerPost(discardPath(id), 200, "application/json", letter(id, orderId, "DISCARDED", "discarded"),
                Map.of());
        workflow.whenPosted(discardPath(id), () -> none(workflow));
    }

    /** Somebody replayed or discarded it meanwhile: both answer 409, as order-workflow does. */
    public static void noLongerOpen(FakeBackend workflow, long id) {
        String problem = """
                {"type":"https://phonesmith.example/problems/409","title":"Conflict","status":409,\
                "detail":"dead letter %d is REPLAYED, not OPEN"}""".formatted(id);
        workflow.answerPost(replayPath(id), 409, "application/problem+json", problem, Map.of());
        workflow.answerPost(discardPath(id), 409, "application/problem+json", problem, Map.of());
    }

    /** order-workflow has no such dead letter: both answer 404. */
    public static void unknown(FakeBackend workflow, long id) {
        String problem = """
                {"type":"https://phonesmith.example/problems/404","title":"Not Found","status":404,\
                "detail":"no dead letter %d"}""".formatted(id);
        workflow.answerPost(replayPath(id), 404, "application/problem+json", problem, Map.of());
        workflow.answerPost(discardPath(id), 404, "application/problem+json", problem, Map.of());
    }

    /** No dead letters again, for the tests that follow. */
    public static void none(FakeBackend workflow) {
        workflow.json(PATH, NONE);
    }

    private static String letter(long id, String orderId, String status, String note) {
        boolean open = "OPEN".equals(status);
        return """
                {"id":%d,"sourceTopic":"images.events","messageKey":"%s","messageType":"ImageReady",\
                "reason":"%s","receivedAt":"2026-12-01T19:30:00Z","status":"%s","note":%s,"actedBy":%s,\
                "actedAt":%s}""".formatted(id, orderId, REASON, status, open ? "null" : "\"" + note + "\"",
                open ? "null" : "\"support\"", open ? "null" : "\"2026-12-01T20:00:00Z\"");
    }
}

package com.phonesmith.web.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An order that order-workflow escalated to support, as configurator-api and order-workflow play it in the fakes,
 * listed by {@link Escalations}, with order-workflow's rules of {@code POST /api/orders/{id}/support/expedite}
 * (support only; 409 naming {@code orderId} once the order has shipped, was delivered or cancelled; expediting again
 * answers the escalation as it is) and {@code POST /api/orders/{id}/support/notes} (support only; 400 naming
 * {@code text} when it is empty or over 2000 characters; 204, and a {@code SupportNote} entry on the timeline). The
 * timeline carries {@code promisedDeliveryDate}; its entries {@code AtRisk}, {@code PromiseBreached},
 * {@code Expedited} and {@code SupportNote} are for staff: its shopper (the demo account {@code shopper}) does not
 * get them. An order it does not know is 404, as for any path the fake does not know.
 */
public final class EscalatedOrder {
    public static final String PROMISED_DELIVERY = "2026-12-05";
    public static final String SHIP_BY = "2026-12-04T00:00:00Z";
    public static final String AT_RISK_AT = "2026-12-02T10:00:00Z";
    public static final String BREACHED_AT = "2026-12-06T00:00:00Z";
    public static final String SHIPPED = "the order has shipped, so expediting it changes nothing now";
    public static final String OWNER = "shopper";
    static final int NOTE_MAX_LENGTH = 2000;
    private static final Set<String> STAFF_ONLY = Set.of("AtRisk", "PromiseBreached", "Expedited", "SupportNote");
    private static final Set<String> PAST_EXPEDITING = Set.of("SHIPPED", "DELIVERED", "CANCELLED");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeBackends backends = FakeBackends.get();
    private final String id = Orders.freshId();
    private final List<Orders.Entry> entries = new CopyOnWriteArrayList<>();
    private volatile String status;
    private volatile String breachedAt;
    private volatile String expeditedAt;
    private volatile String expeditedBy;
    private volatile String noteRefusal;

    private EscalatedOrder(String status) {
        this.status = status;
        entries.add(new Orders.Entry("2026-11-25T09:15:02Z", "OrderPlaced", "Nordvik Fjord birch 256 GB"));
        entries.add(new Orders.Entry(AT_RISK_AT, "AtRisk", "The work left no longer fits before ship-by " + SHIP_BY));
        backends.configurator().json(Orders.orderPath(id),
                Orders.promised(Orders.order(id, status), "2026-12-03", PROMISED_DELIVERY));
        backends.workflow().respond("GET", Orders.timelinePath(id), this::timeline);
        backends.workflow().respond("POST", expeditePath(id), this::expedite);
        backends.workflow().respond("POST", notesPath(id), this::addNote);
        Escalations.add(this);
    }

    /** Still in the factory, waiting for its handset's flashing, with work left that no longer fits before ship-by. */
    public static EscalatedOrder atRisk() {
        return new EscalatedOrder("HANDSET_RESERVED");
    }

    /** At risk, then shipped too late: not delivered by the promised day. */
    public static EscalatedOrder breached() {
        EscalatedOrder order = new EscalatedOrder("SHIPPED");
        order.breachedAt = BREACHED_AT;
        order.entries.add(new Orders.Entry("2026-12-05T16:00:00Z", "Shipped", "PostNord 00370712345678901234"));
        order.entries.add(new Orders.Entry(BREACHED_AT, "PromiseBreached", "Not delivered by " + PROMISED_DELIVERY));
        return order;
    }

    public static String expeditePath(String orderId) {
        return "/api/orders/" + orderId + "/support/expedite";
    }

    public static String notesPath(String orderId) {
        return "/api/orders/" + orderId + "/support/notes";
    }

    public String id() {
        return id;
    }

    public String expeditePath() {
        return expeditePath(id);
    }

    public String notesPath() {
        return notesPath(id);
    }

    /** Somebody of support expedited it already (at 11:00 on 2 December 2026). */
    public EscalatedOrder expeditedBefore(String account) {
        expeditedAt = "2026-12-02T11:00:00Z";
        expeditedBy = account;
        entries.add(new Orders.Entry(expeditedAt, "Expedited", "Expedited by support (" + account + ")"));
        return this;
    }

    /** order-workflow refuses every note on this order with a 400 naming {@code text}, for this reason. */
    public EscalatedOrder refusingNotes(String reason) {
        noteRefusal = reason;
        return this;
    }

    public boolean expedited() {
        return expeditedAt != null;
    }

    /** The notes support added, as the timeline's details. */
    public List<String> notes() {
        return entries.stream().filter(e -> "SupportNote".equals(e.type())).map(Orders.Entry::detail).toList();
    }

    boolean listedAtRisk() {
        return !PAST_EXPEDITING.contains(status);
    }

    boolean listedBreached() {
        return breachedAt != null;
    }

    ObjectNode item() {
        return JSON.createObjectNode().put("orderId", id).put("status", status)
                .put("promisedDeliveryDate", PROMISED_DELIVERY).put("shipBy", SHIP_BY).put("atRiskAt", AT_RISK_AT)
                .put("breachedAt", breachedAt).put("expeditedAt", expeditedAt).put("expeditedBy", expeditedBy);
    }

    private FakeBackend.Answer timeline(FakeBackend.Received request) {
        Caller caller = Caller.of(request);
        if (caller.anonymous()) {
            return unauthorised();
        }
        if (!caller.support() && !OWNER.equals(caller.username())) {
            return problem(404, "Not Found", "no order " + id + " that the caller may see", "orderId", "not found");
        }
        List<Orders.Entry> shown = entries.stream()
                .filter(e -> caller.support() || !STAFF_ONLY.contains(e.type())).toList();
        ObjectNode timeline = (ObjectNode) read(Orders.timeline(id, status, shown));
        timeline.put("promisedDeliveryDate", PROMISED_DELIVERY);
        timeline.put("mayCancel", caller.support() && !"DELIVERED".equals(status) && !"CANCELLED".equals(status));
        return FakeBackend.Answer.json(200, timeline.toString());
    }

    private synchronized FakeBackend.Answer expedite(FakeBackend.Received request) {
        Caller caller = Caller.of(request);
        if (caller.anonymous()) {
            return unauthorised();
        }
        if (!caller.support()) {
            return problem(403, "Forbidden", "support only", "orderId", "support only");
        }
        if (PAST_EXPEDITING.contains(status)) {
            return problem(409, "Conflict", SHIPPED, "orderId", SHIPPED);
        }
        if (expeditedAt == null) {
            expeditedAt = now();
            expeditedBy = caller.username();
            entries.add(new Orders.Entry(expeditedAt, "Expedited", "Expedited by support (" + expeditedBy + ")"));
        }
        return FakeBackend.Answer.json(200, item().toString());
    }

    private synchronized FakeBackend.Answer addNote(FakeBackend.Received request) {
        Caller caller = Caller.of(request);
        if (caller.anonymous()) {
            return unauthorised();
        }
        if (!caller.support()) {
            return problem(403, "Forbidden", "support only", "text", "support only");
        }
        JsonNode body = request.body() == null || request.body().isBlank() ? JSON.createObjectNode()
                : read(request.body());
        String text = body.path("text").asText("").strip();
        if (text.isEmpty()) {
            return problem(400, "Bad Request", "the note is empty", "text", "must not be empty");
        }
        if (text.length() > NOTE_MAX_LENGTH) {
            return problem(400, "Bad Request", "the note is too long", "text",
                    "must be at most " + NOTE_MAX_LENGTH + " characters long");
        }
        if (noteRefusal != null) {
            return problem(400, "Bad Request", "the note was refused", "text", noteRefusal);
        }
        entries.add(new Orders.Entry(now(), "SupportNote", "Note by support (" + caller.username() + "): " + text));
        return new FakeBackend.Answer(204, "application/json", "");
    }

    private static FakeBackend.Answer problem(int status, String title, String detail, String field, String reason) {
        ObjectNode problem = JSON.createObjectNode().put("type", "https://phonesmith.example/problems/" + status)
                .put("title", title).put("status", status).put("detail", detail);
        problem.putArray("errors").addObject().put("field", field).put("reason", reason);
        return FakeBackend.Answer.problem(status, problem.toString());
    }

    private static FakeBackend.Answer unauthorised() {
        return FakeBackend.Answer.problem(401, """
                {"type":"https://phonesmith.example/problems/401","title":"Unauthorized","status":401}""");
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

package com.phonesmith.web.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An order that may be cancelled, as configurator-api and order-workflow play it in the fakes, with order-workflow's
 * rules of {@code POST /api/orders/{id}/cancel}: its shopper (known by the username in web's token) or a guest with
 * its tracking token ({@code Order-Token}) may cancel until flashing starts; support may until delivery, and must say
 * why; a reason is at most 500 characters; a repeated cancel answers the first cancellation. The timeline's
 * {@code mayCancel} says whether the caller may cancel now. A caller without credentials gets 401, one who may not
 * see the order 404, as from order-workflow. Refusals are problem+json with {@code title}, {@code detail} and
 * {@code errors: [{field, message}]}.
 */
public final class CancellableOrder {
    public static final String FLASHING_STARTED = "flashing has started: only support can cancel it now";
    public static final String DELIVERED = "the order was delivered";
    public static final String REASON_REQUIRED = "is required when support cancels an order";
    public static final String VOIDED = "hold voided: nothing was charged";
    static final int REASON_MAX_LENGTH = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeBackends backends = FakeBackends.get();
    private final String id = Orders.freshId();
    private final String owner;
    private final String trackingToken;
    private final List<Orders.Entry> entries = new CopyOnWriteArrayList<>();
    private volatile String status = "PLACED";
    private volatile boolean flashingStarted;
    private volatile boolean delivered;
    private volatile String cancellation;

    private CancellableOrder(String owner, String trackingToken) {
        this.owner = owner;
        this.trackingToken = trackingToken;
        entries.add(new Orders.Entry("2026-11-25T09:15:02Z", "OrderPlaced", "Nordvik Fjord birch 256 GB"));
        backends.configurator().json(Orders.orderPath(id), Orders.order(id, status));
        backends.workflow().respond("GET", Orders.timelinePath(id), this::timeline);
        backends.workflow().respond("POST", cancelPath(id), this::cancel);
    }

    /** An order placed by the signed-in shopper with this username (it also has a tracking token). */
    public static CancellableOrder ofShopper(String username) {
        return new CancellableOrder(username, "tracking-" + UUID.randomUUID().toString().replace("-", ""));
    }

    /** An order placed by a guest, who follows it with this tracking token. */
    public static CancellableOrder ofGuest(String trackingToken) {
        return new CancellableOrder(null, trackingToken);
    }

    public static String cancelPath(String orderId) {
        return "/api/orders/" + orderId + "/cancel";
    }

    public String id() {
        return id;
    }

    public String cancelPath() {
        return cancelPath(id);
    }

    /** A flash station began writing the image: from now on only support may cancel. */
    public CancellableOrder flashingStarted() {
        flashingStarted = true;
        status = "FLASHING";
        entries.add(new Orders.Entry("2026-11-26T08:00:00Z", "FlashingStarted", "flash station 2, attempt 1"));
        return this;
    }

    /** Delivered: nobody may cancel any more. */
    public CancellableOrder delivered() {
        delivered = true;
        status = "DELIVERED";
        entries.add(new Orders.Entry("2026-11-27T11:00:00Z", "Delivered", "Delivered by PostNord"));
        return this;
    }

    /** configurator-api gave the money back after the cancellation (detail: {@link #VOIDED}, "refunded ..."). */
    public CancellableOrder paymentReleased(String detail) {
        entries.add(new Orders.Entry(now(), "PaymentReleased", detail));
        return this;
    }

    /** The cancellation order-workflow answered, as JSON; empty while the order is not cancelled. */
    public Optional<JsonNode> cancellation() {
        return Optional.ofNullable(cancellation).map(CancellableOrder::read);
    }

    private FakeBackend.Answer timeline(FakeBackend.Received request) {
        Caller caller = Caller.of(request);
        if (caller.anonymous()) {
            return unauthorised();
        }
        if (!sees(caller)) {
            return notFound();
        }
        ObjectNode timeline = (ObjectNode) read(Orders.timeline(id, status, new ArrayList<>(entries)));
        timeline.put("mayCancel", mayCancel(caller));
        return FakeBackend.Answer.json(200, timeline.toString());
    }

    private synchronized FakeBackend.Answer cancel(FakeBackend.Received request) {
        Caller caller = Caller.of(request);
        if (caller.anonymous()) {
            return unauthorised();
        }
        if (!sees(caller)) {
            return notFound();
        }
        if (cancellation != null) {
            return FakeBackend.Answer.json(200, cancellation);
        }
        String reason = reasonIn(request.body());
        if (reason != null && reason.length() > REASON_MAX_LENGTH) {
            return problem(400, "Bad Request", "the reason is too long", "reason",
                    "must be at most " + REASON_MAX_LENGTH + " characters long");
        }
        if (delivered) {
            return problem(409, "Conflict", DELIVERED, "orderId", DELIVERED);
        }
        if (caller.support() && reason == null) {
            return problem(400, "Bad Request", "support must say why it cancels an order", "reason", REASON_REQUIRED);
        }
        if (!caller.support() && flashingStarted) {
            return problem(409, "Conflict", FLASHING_STARTED, "orderId", FLASHING_STARTED);
        }
        String by = caller.support() ? "support" : "shopper";
        String at = now();
        cancellation = JSON.createObjectNode().put("orderId", id).put("status", "CANCELLED").put("cancelledBy", by)
                .put("reason", reason).put("at", at).toString();
        status = "CANCELLED";
        entries.add(new Orders.Entry(at, "Cancelled", (caller.support() ? "cancelled by support"
                : "cancelled by the shopper") + (reason == null ? "" : ": " + reason)));
        entries.add(new Orders.Entry(at, "BuildCancelled", "handset and slot released"));
        backends.configurator().json(Orders.orderPath(id), Orders.order(id, status));
        return FakeBackend.Answer.json(200, cancellation);
    }

    private boolean sees(Caller caller) {
        return caller.support() || owner != null && owner.equals(caller.username())
                || trackingToken.equals(caller.orderToken());
    }

    private boolean mayCancel(Caller caller) {
        if (cancellation != null || delivered) {
            return false;
        }
        return caller.support() || !flashingStarted;
    }

    private static String reasonIn(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        JsonNode reason = read(body).path("reason");
        return reason.isTextual() && !reason.asText().isBlank() ? reason.asText() : null;
    }

    private static FakeBackend.Answer problem(int status, String title, String detail, String field, String message) {
        ObjectNode problem = JSON.createObjectNode().put("type", "https://phonesmith.example/problems/" + status)
                .put("title", title).put("status", status).put("detail", detail);
        problem.putArray("errors").addObject().put("field", field).put("message", message);
        return FakeBackend.Answer.problem(status, problem.toString());
    }

    private static FakeBackend.Answer unauthorised() {
        return FakeBackend.Answer.problem(401, """
                {"type":"https://phonesmith.example/problems/401","title":"Unauthorized","status":401}""");
    }

    private FakeBackend.Answer notFound() {
        return FakeBackend.Answer.problem(404, """
                {"type":"https://phonesmith.example/problems/404","title":"Not Found","status":404,\
                "detail":"no order %s that the caller may see"}""".formatted(id));
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

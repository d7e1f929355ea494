package com.phonesmith.web.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * factory-adapter's benches at manual QA and packing stations, as the fake plays their rules for one phone: its QA
 * checklist (the fingerprint check fails until the phone is reworked), pass (every automated check passed and every
 * visual check ticked), fail with a reason (back for rework), pack by scan (once QA passed; again: the same parcel),
 * and its label. Scans of any other IMEI are refused as factory-adapter refuses them.
 */
public final class QaBench {
    /** The phone at the bench. */
    public static final String IMEI = "356938035643858";
    public static final String TRACKING = "PS4821930575";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> VISUAL = List.of("screen", "buttons", "camera");

    private final FakeBackend factory;
    private final String orderId;
    private String status = "QA_PENDING";
    private boolean reworked;

    private QaBench(FakeBackend factory, String orderId) {
        this.factory = factory;
        this.orderId = orderId;
    }

    /** The phone of this order waits at the QA bench, flashed with a stale build; QA and packing are manual. */
    public static QaBench start(FakeBackend factory, String orderId) {
        QaBench bench = new QaBench(factory, orderId);
        bench.answer();
        return bench;
    }

    /** The workflow had the failed phone flashed again with the right build: it waits at the QA bench again. */
    public synchronized void reworked() {
        status = "QA_PENDING";
        reworked = true;
    }

    /** The floor's canned answers again ({@link FactoryFloor}), as the other tests of the JVM expect them. */
    public void close() {
        factory.forget("/api/floor/qa/checklist");
        FactoryFloor.answer(factory, Orders.freshId(), false);
    }

    public synchronized String status() {
        return status;
    }

    private void answer() {
        factory.respond("GET", "/api/floor/stations", request -> FakeBackend.Answer.json(200, stations()));
        factory.respond("GET", "/api/floor/stations/qa/queue", request -> FakeBackend.Answer.json(200,
                queue("QA_PENDING", "QA_FAILED")));
        factory.respond("GET", "/api/floor/stations/packing/queue", request -> FakeBackend.Answer.json(200,
                queue("QA_PASSED")));
        factory.respond("GET", "/api/work-orders", request -> FakeBackend.Answer.json(200, workOrder()));
        factory.respond("GET", "/api/floor/qa/checklist", request -> {
            String imei = request.pathAndQuery().replaceFirst(".*imei=", "");
            return refusal(imei, "QA_PENDING", "qa").orElseGet(() -> FakeBackend.Answer.json(200, checklist()));
        });
        factory.respond("POST", "/api/floor/qa/pass", this::pass);
        factory.respond("POST", "/api/floor/qa/fail", this::fail);
        factory.respond("POST", "/api/floor/packing/scans", this::pack);
        factory.answer("/api/work-orders/" + orderId + "/label", 200, "application/pdf",
                "%PDF-1.7 label of " + orderId);
    }

    private synchronized FakeBackend.Answer pass(FakeBackend.Received request) {
        JsonNode body = read(request);
        String imei = body.path("imei").asText();
        if (status.equals("QA_PASSED") && IMEI.equals(imei)) {
            return FakeBackend.Answer.json(200, checklist());
        }
        var refused = refusal(imei, "QA_PENDING", "qa");
        if (refused.isPresent()) {
            return refused.get();
        }
        List<String> errors = new ArrayList<>();
        if (!reworked) {
            errors.add(error("checks.fingerprint", "failed: " + staleDifference()));
        }
        List<String> ticked = new ArrayList<>();
        body.path("visualChecks").forEach(node -> ticked.add(node.asText()));
        for (String check : VISUAL) {
            if (!ticked.contains(check)) {
                errors.add(error("visual." + check, "not ticked: " + label(check)));
            }
        }
        if (!errors.isEmpty()) {
            return FakeBackend.Answer.problem(422, problem(422, "Invalid request", errors));
        }
        status = "QA_PASSED";
        return FakeBackend.Answer.json(200, checklist());
    }

    private synchronized FakeBackend.Answer fail(FakeBackend.Received request) {
        JsonNode body = read(request);
        if (body.path("reason").asText().isBlank()) {
            return FakeBackend.Answer.problem(400, problem(400, "Bad request", List.of(error("reason",
                    "is required: say what is wrong with the phone, for rework"))));
        }
        var refused = refusal(body.path("imei").asText(), "QA_PENDING", "qa");
        if (refused.isPresent()) {
            return refused.get();
        }
        status = "QA_FAILED";
        return FakeBackend.Answer.json(200, checklist());
    }

    private synchronized FakeBackend.Answer pack(FakeBackend.Received request) {
        String imei = read(request).path("imei").asText();
        if (!(status.equals("PACKED") && IMEI.equals(imei))) {
            var refused = refusal(imei, "QA_PASSED", "packing");
            if (refused.isPresent()) {
                return refused.get();
            }
            status = "PACKED";
        }
        return FakeBackend.Answer.json(200, """
                {"orderId":"%s","imei":"%s","carrier":"PostNord","trackingNumber":"%s",\
                "label":"/api/work-orders/%s/label"}""".formatted(orderId, IMEI, TRACKING, orderId));
    }

    /** As factory-adapter refuses a scan: a misread IMEI, an unknown one, one not waiting at this bench. */
    private synchronized java.util.Optional<FakeBackend.Answer> refusal(String imei, String waiting, String bench) {
        if (!imei.matches("\\d{15}")) {
            return java.util.Optional.of(FakeBackend.Answer.problem(400, problem(400, "Bad request",
                    List.of(error("imei", "must be 15 digits, got " + imei)))));
        }
        if (!luhn(imei)) {
            return java.util.Optional.of(FakeBackend.Answer.problem(400, problem(400, "Bad request",
                    List.of(error("imei", "check digit of " + imei + " is wrong: a digit was mistyped or misread")))));
        }
        if (!IMEI.equals(imei)) {
            return java.util.Optional.of(FakeBackend.Answer.problem(404, problem(404, "Not found",
                    List.of(error("imei", "no work order has handset " + imei + ": is it the right phone?")))));
        }
        if (!status.equals(waiting)) {
            return java.util.Optional.of(FakeBackend.Answer.problem(409, problem(409, "Conflict",
                    List.of(error("imei", "order " + orderId + " is " + status + ", not waiting at " + bench)))));
        }
        return java.util.Optional.empty();
    }

    private synchronized String stations() {
        int atQa = status.equals("QA_PENDING") || status.equals("QA_FAILED") ? 1 : 0;
        int atPacking = status.equals("QA_PASSED") ? 1 : 0;
        return """
                [{"kind":"KITTING","blocked":false,"waiting":0,"manual":false},\
                {"kind":"FLASHING","blocked":false,"waiting":0,"manual":false},\
                {"kind":"QA","blocked":false,"waiting":%d,"manual":true},\
                {"kind":"PACKING","blocked":false,"waiting":%d,"manual":true},\
                {"kind":"SHIPPING","blocked":false,"waiting":%d,"manual":false}]"""
                .formatted(atQa, atPacking, status.equals("PACKED") ? 1 : 0);
    }

    private synchronized String queue(String... statuses) {
        if (!List.of(statuses).contains(status)) {
            return "[]";
        }
        return """
                [{"orderId":"%s","imei":"%s","model":"lumo-one","colour":"coral","storageGb":128,"status":"%s",\
                "slotDay":"2026-12-01","shipBy":"2026-12-06","expedited":false}]""".formatted(orderId, IMEI, status);
    }

    private synchronized String workOrder() {
        return """
                {"orderId":"%s","model":"lumo-one","colour":"coral","storageGb":128,"imei":"%s","status":"%s",\
                "imageDigest":"4f2a","attempts":1,"history":[{"at":"2026-12-01T10:00:00Z","step":"flash",\
                "detail":"flashed 4f2a onto %s"}]}""".formatted(orderId, IMEI, status, IMEI);
    }

    private synchronized String checklist() {
        String ordered = "phonesmith/lumo-one/1.0:user/" + orderId + ":release-keys";
        String booted = reworked ? ordered : "phonesmith/lumo-one/0.9:user/" + orderId + ":release-keys";
        String fingerprint = reworked
                ? check("fingerprint", ordered, booted, true, null)
                : check("fingerprint", ordered, booted, false, staleDifference());
        return """
                {"orderId":"%s","imei":"%s","model":"lumo-one","colour":"coral","storageGb":128,"status":"%s",\
                "automated":[%s,%s,%s,%s,%s],\
                "visual":[{"id":"screen","label":"%s"},{"id":"buttons","label":"%s"},{"id":"camera","label":"%s"}],\
                "automatedPassed":%s}""".formatted(orderId, IMEI, status,
                check("boot", "booted", "booted", true, null), fingerprint,
                check("partition:system", "9f86d0", "9f86d0", true, null), check("imei", IMEI, IMEI, true, null),
                check("colour", "coral", "coral", true, null), label("screen"), label("buttons"), label("camera"),
                reworked);
    }

    private String staleDifference() {
        return "build fingerprint is phonesmith/lumo-one/0.9:user/" + orderId + ":release-keys, expected "
                + "phonesmith/lumo-one/1.0:user/" + orderId + ":release-keys";
    }

    private static String label(String check) {
        return switch (check) {
            case "screen" -> "Screen lights evenly with no dead pixels or marks";
            case "buttons" -> "Power and volume buttons click and respond";
            default -> "Front and rear cameras show a sharp picture";
        };
    }

    private static String check(String item, String expected, String actual, boolean passed, String difference) {
        return """
                {"item":"%s","expected":"%s","actual":"%s","passed":%s,"difference":%s}"""
                .formatted(item, expected, actual, passed, difference == null ? "null" : "\"" + difference + "\"");
    }

    private static String error(String field, String reason) {
        return "{\"field\":\"" + field + "\",\"reason\":\"" + reason.replace("\"", "\\\"") + "\"}";
    }

    private static String problem(int status, String title, List<String> errors) {
        return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"refused\",\"errors\":[" + String.join(",", errors) + "]}";
    }

    private static JsonNode read(FakeBackend.Received request) {
        try {
            return JSON.readTree(request.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean luhn(String imei) {
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int digit = imei.charAt(i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10 == imei.charAt(14) - '0';
    }
}

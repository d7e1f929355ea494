package com.phonesmith.web.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * factory-adapter's kitting, flashing and shipping stations worked by hand, as the fake plays their rules for one
 * phone: each station's mode as an operator switches it; a kitting scan kits the reserved phone, a flashing scan
 * starts its flash once kitted, a shipping scan (of the IMEI, or of the parcel's tracking number) hands its parcel to
 * the carrier once packed (a test packs it, {@link #packed}); a scan again answers the same. Scans of any other IMEI, or of the phone at another station, are
 * refused as factory-adapter refuses them.
 */
public final class ManualFloor {
    /** The phone on the floor. */
    public static final String IMEI = "356938035643866";
    public static final String TRACKING = "PS4821930583";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SCANNED_AT = List.of("kitting", "flashing", "shipping");

    private enum Kind { KITTING, FLASHING, QA, PACKING, SHIPPING }

    private final FakeBackend factory;
    private final String orderId;
    private final Map<Kind, Boolean> manual = new EnumMap<>(Kind.class);
    private volatile String status = "FLASH_PENDING";
    private volatile boolean kitted;
    private volatile boolean flashStarted;

    private ManualFloor(FakeBackend factory, String orderId) {
        this.factory = factory;
        this.orderId = orderId;
        for (Kind kind : Kind.values()) {
            manual.put(kind, false);
        }
    }

    /** The phone of this order is reserved with its image known; every station is worked by the floor. */
    public static ManualFloor start(FakeBackend factory, String orderId) {
        ManualFloor floor = new ManualFloor(factory, orderId);
        floor.answer();
        return floor;
    }

    /** Flashed, checked and packed meanwhile: it waits at shipping. */
    public synchronized void packed() {
        status = "PACKED";
    }

    public synchronized String status() {
        return status;
    }

    /** The floor's canned answers again ({@link FactoryFloor}), as the other tests of the JVM expect them. */
    public void close() {
        for (String station : SCANNED_AT) {
            factory.forgetResponder("POST", "/api/floor/" + station + "/scans");
            factory.forgetResponder("GET", "/api/floor/stations/" + station + "/queue");
        }
        for (Kind kind : Kind.values()) {
            factory.forgetResponder("POST", "/api/floor/stations/" + name(kind) + "/mode");
        }
        factory.forgetResponder("GET", "/api/floor/stations");
        FactoryFloor.answer(factory, Orders.freshId(), false);
    }

    private void answer() {
        factory.respond("GET", "/api/floor/stations", request -> FakeBackend.Answer.json(200, stations()));
        for (Kind kind : Kind.values()) {
            factory.respond("POST", "/api/floor/stations/" + name(kind) + "/mode", request -> mode(kind, request));
        }
        factory.respond("GET", "/api/floor/stations/kitting/queue", request -> queue(!kitted));
        factory.respond("GET", "/api/floor/stations/flashing/queue", request -> queue(kitted && !flashStarted));
        factory.respond("GET", "/api/floor/stations/shipping/queue", request -> queue(status.equals("PACKED")));
        factory.respond("POST", "/api/floor/kitting/scans", request -> scan("kitting", request));
        factory.respond("POST", "/api/floor/flashing/scans", request -> scan("flashing", request));
        factory.respond("POST", "/api/floor/shipping/scans", request -> scan("shipping", request));
    }

    private synchronized FakeBackend.Answer mode(Kind kind, FakeBackend.Received request) {
        JsonNode body = read(request);
        manual.put(kind, body.path("manual").asBoolean(false));
        return FakeBackend.Answer.json(200, station(kind));
    }

    private synchronized FakeBackend.Answer scan(String station, FakeBackend.Received request) {
        JsonNode body = read(request);
        String tracking = body.path("trackingNumber").asText("");
        if (!tracking.isEmpty() && !tracking.equalsIgnoreCase(TRACKING)) {
            return problem(404, "trackingNumber", "no parcel has tracking number " + tracking);
        }
        String imei = tracking.isEmpty() ? body.path("imei").asText() : IMEI;
        Optional<FakeBackend.Answer> refused = refusal(imei);
        if (refused.isPresent()) {
            return refused.get();
        }
        switch (station) {
            case "kitting" -> {
                if (!status.equals("FLASH_PENDING")) {
                    return conflict("order " + orderId + " is past kitting already: it is " + status);
                }
                kitted = true;
            }
            case "flashing" -> {
                if (!kitted) {
                    return conflict("order " + orderId + " is not kitted yet (FLASH_PENDING): scan the handset at"
                            + " the kitting station first");
                }
                if (!status.equals("FLASH_PENDING") && !flashStarted) {
                    return conflict("order " + orderId + " is " + status + ", not waiting at flashing");
                }
                flashStarted = true;
            }
            default -> {
                if (!status.equals("PACKED") && !status.equals("SHIPPED")) {
                    return conflict("order " + orderId + " is at the flashing station (" + status
                            + "), not waiting at shipping");
                }
                status = "SHIPPED";
            }
        }
        boolean shipped = status.equals("SHIPPED");
        return FakeBackend.Answer.json(200, """
                {"station":"%s","orderId":"%s","imei":"%s","model":"lumo-one","colour":"coral","storageGb":128,\
                "status":"%s","kittedAt":%s,"kittedBy":%s,"flashStartedAt":%s,"flashStartedBy":%s,\
                "carrier":%s,"trackingNumber":%s}""".formatted(station, orderId, IMEI, status,
                kitted ? "\"2026-12-02T10:00:00Z\"" : "null", kitted ? "\"operator\"" : "null",
                flashStarted ? "\"2026-12-02T10:01:00Z\"" : "null", flashStarted ? "\"operator\"" : "null",
                shipped ? "\"PostNord\"" : "null", shipped ? "\"" + TRACKING + "\"" : "null"));
    }

    /** As factory-adapter refuses a scan: a misread IMEI, one no work order has. */
    private Optional<FakeBackend.Answer> refusal(String imei) {
        if (!imei.matches("\\d{15}")) {
            return Optional.of(problem(400, "imei", "must be 15 digits, got " + imei));
        }
        if (!imei.equals(IMEI)) {
            return Optional.of(problem(404, "imei", "no work order has handset " + imei + ": is it the right phone?"));
        }
        return Optional.empty();
    }

    private static FakeBackend.Answer conflict(String reason) {
        return problem(409, "imei", reason);
    }

    private static FakeBackend.Answer problem(int status, String field, String reason) {
        return FakeBackend.Answer.problem(status, "{\"type\":\"about:blank\",\"title\":\"refused\",\"status\":" + status
                + ",\"detail\":\"refused\",\"errors\":[{\"field\":\"" + field + "\",\"reason\":\""
                + reason.replace("\"", "\\\"") + "\"}]}");
    }

    private synchronized FakeBackend.Answer queue(boolean waiting) {
        return FakeBackend.Answer.json(200, !waiting ? "[]" : """
                [{"orderId":"%s","imei":"%s","model":"lumo-one","colour":"coral","storageGb":128,"status":"%s",\
                "slotDay":"2026-12-01","shipBy":"2026-12-06","expedited":false}]""".formatted(orderId, IMEI, status));
    }

    private synchronized String stations() {
        return "[" + String.join(",", java.util.Arrays.stream(Kind.values()).map(this::station).toList()) + "]";
    }

    private String station(Kind kind) {
        return "{\"kind\":\"%s\",\"blocked\":false,\"waiting\":0,\"manual\":%s}".formatted(kind, manual.get(kind));
    }

    private static String name(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static JsonNode read(FakeBackend.Received request) {
        try {
            return JSON.readTree(request.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

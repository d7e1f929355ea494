package com.phonesmith.web.fake;

import java.util.List;
import java.util.Map;

/**
 * factory-adapter's floor as the fake plays it: five stations, two orders waiting to be flashed, none at QA, a packing
 * queue with one packed phone, its label; and the flashing station's ports, as a test sets them ({@link #ports}).
 */
public final class FactoryFloor {
    public static final String IMEI = "356938035643809";
    /** The IMEI of the handset a port flashes in {@link #flashing}. */
    public static final String FLASHING_IMEI = "356938035643817";
    public static final String PORTS = "/api/floor/stations/flashing/ports";
    /** The two orders waiting at the flashing station. */
    public static final List<String> QUEUED_FOR_FLASHING = List.of("6c1f4e2a-0b6d-4c3e-9a51-2f7d8e9a0b11",
            "6c1f4e2a-0b6d-4c3e-9a51-2f7d8e9a0b12");

    private FactoryFloor() {
    }

    public static void answer(FakeBackend factory, String orderId, boolean packingBlocked) {
        factory.json("/api/floor/stations", """
                [{"kind":"KITTING","blocked":false,"waiting":0},{"kind":"FLASHING","blocked":false,"waiting":2},\
                {"kind":"QA","blocked":false,"waiting":0},\
                {"kind":"PACKING","blocked":%s,"reason":%s,"changedBy":"operator","waiting":1},\
                {"kind":"SHIPPING","blocked":false,"waiting":1}]"""
                .formatted(packingBlocked, packingBlocked ? "\"tape dispenser jammed\"" : "null"));
        factory.json("/api/floor/stations/packing/queue", """
                [{"orderId":"%s","imei":"%s","model":"lumo-one","colour":"coral","storageGb":128,"status":"PACKED",\
                "slotDay":"2026-12-01","shipBy":"2026-12-06","expedited":true}]""".formatted(orderId, IMEI));
        factory.json("/api/floor/stations/qa/queue", "[]");
        factory.json("/api/floor/stations/flashing/queue", """
                [{"orderId":"%s","imei":"%s","model":"lumo-one","colour":"ink","storageGb":64,"status":"FLASH_PENDING",\
                "slotDay":"2026-12-01","shipBy":"2026-12-06","expedited":false},\
                {"orderId":"%s","imei":"%s","model":"lumo-pro","colour":"sand","storageGb":256,\
                "status":"FLASH_PENDING","slotDay":"2026-12-01","shipBy":"2026-12-07","expedited":false}]"""
                .formatted(QUEUED_FOR_FLASHING.get(0), "356938035643825", QUEUED_FOR_FLASHING.get(1),
                        "356938035643833"));
        factory.json("/api/work-orders", """
                {"orderId":"%s","model":"lumo-one","colour":"coral","storageGb":128,"imei":"%s","status":"PACKED",\
                "imageDigest":"4f2a","attempts":1,"carrier":"PostNord","trackingNumber":"PS1234567897",\
                "history":[{"at":"2026-12-01T10:00:00Z","step":"flash","detail":"flashed 4f2a onto %s"},\
                {"at":"2026-12-01T10:05:00Z","step":"pack","detail":"packed; booked with PostNord"}]}"""
                .formatted(orderId, IMEI, IMEI));
        factory.answer("/api/work-orders/" + orderId + "/label", 200, "application/pdf", "%PDF-1.7 label of " + orderId);
        factory.answerPost("/api/floor/stations/packing/block", 200, "application/json",
                "{\"kind\":\"PACKING\",\"blocked\":true,\"reason\":\"x\",\"waiting\":1}", Map.of());
        factory.answerPost("/api/floor/stations/packing/unblock", 200, "application/json",
                "{\"kind\":\"PACKING\",\"blocked\":false,\"waiting\":1}", Map.of());
    }

    /** The flashing station's ports answer these (JSON objects made by {@link #idle}, {@link #flashing}, ...). */
    public static void ports(FakeBackend factory, String... ports) {
        factory.json(PORTS, "[" + String.join(",", ports) + "]");
    }

    public static String idle(int port) {
        return """
                {"port":%d,"address":"127.0.0.1:%d","state":"IDLE","orderId":null,"imei":null,"attempt":null,\
                "partition":null,"piecesWritten":0,"piecesTotal":0,"bytesWritten":0,"bytesTotal":0,"percent":0,\
                "startedAt":null,"updatedAt":null,"failure":null,"retryAt":null}""".formatted(port, port);
    }

    /** A port writing the partition, {@code percent} of the images written (of 3.4 MB, in 6 pieces). */
    public static String flashing(int port, String orderId, String partition, int percent) {
        return attempt(port, orderId, "FLASHING", partition, percent, null, null);
    }

    public static String done(int port, String orderId) {
        return attempt(port, orderId, "DONE", null, 100, null, null);
    }

    /** A port whose attempt failed for the reason while writing the partition; retried at retryAt (or not: null). */
    public static String failed(int port, String orderId, String partition, int percent, String reason,
            String retryAt) {
        return attempt(port, orderId, "FAILED", partition, percent, reason, retryAt);
    }

    private static String attempt(int port, String orderId, String state, String partition, int percent,
            String failure, String retryAt) {
        long total = 3_400_000;
        return """
                {"port":%d,"address":"127.0.0.1:%d","state":"%s","orderId":"%s","imei":"%s","attempt":1,\
                "partition":%s,"piecesWritten":%d,"piecesTotal":6,"bytesWritten":%d,"bytesTotal":%d,"percent":%d,\
                "startedAt":"2026-12-01T10:00:00Z","updatedAt":"2026-12-01T10:00:42Z","failure":%s,"retryAt":%s}"""
                .formatted(port, port, state, orderId, FLASHING_IMEI, quoted(partition), 6 * percent / 100,
                        total * percent / 100, total, percent, quoted(failure), quoted(retryAt));
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text.replace("\"", "\\\"") + "\"";
    }
}

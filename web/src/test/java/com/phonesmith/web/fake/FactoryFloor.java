package com.phonesmith.web.fake;

import java.util.Map;

/** factory-adapter's floor as the fake plays it: five stations, a packing queue with one packed phone, its label. */
public final class FactoryFloor {
    public static final String IMEI = "356938035643809";

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
}

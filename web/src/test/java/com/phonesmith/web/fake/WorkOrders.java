package com.phonesmith.web.fake;

/** factory-adapter's answers to a work order looked up by its handset's IMEI or its parcel's tracking number. */
public final class WorkOrders {
    public static final String PATH = "/api/work-orders";

    private WorkOrders() {
    }

    public static String byImei(String imei) {
        return PATH + "?imei=" + imei;
    }

    public static String byTrackingNumber(String trackingNumber) {
        return PATH + "?tracking=" + trackingNumber;
    }

    /** The lookup (a path with its query) finds the shipped work order of this order. */
    public static void found(FakeBackend factory, String lookup, String orderId, String imei, String trackingNumber) {
        factory.json(lookup, """
                {"orderId":"%s","model":"lumo-one","colour":"coral","storageGb":128,"imei":"%s","status":"SHIPPED",\
                "imageDigest":"4f2a","attempts":1,"carrier":"PostNord","trackingNumber":"%s",\
                "history":[{"at":"2026-12-01T10:05:00Z","step":"ship","detail":"collected by PostNord"}]}"""
                .formatted(orderId, imei, trackingNumber));
    }

    /**
     * The work order of an order whose handset is reserved and waits for its image: as {@code GET
     * /api/work-orders/{orderId}} answers it, and for the IMEI's lookup.
     */
    public static void waitingForItsImage(FakeBackend factory, String orderId, String imei) {
        String workOrder = """
                {"orderId":"%s","model":"nordvik-fjord","colour":"birch","storageGb":256,"imei":"%s",                "status":"HANDSET_RESERVED","imageDigest":null,"attempts":0,"carrier":null,"trackingNumber":null,                "history":[{"at":"2026-11-25T09:15:30Z","step":"reserve","detail":"handset %s reserved, slot 2026-11-26"}]}"""
                .formatted(orderId, imei, imei);
        factory.json(PATH + "/" + orderId, workOrder);
        factory.json(byImei(imei), workOrder);
    }

    /** The lookup finds nothing, even when another test answers every query of the bare path. */
    public static void unknown(FakeBackend factory, String lookup) {
        factory.answer(lookup, 404, "application/problem+json", """
                {"type":"https://phonesmith.example/problems/404","title":"Not found","status":404,\
                "detail":"no work order for %s"}""".formatted(lookup));
    }
}

package com.phonesmith.web.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;

/** Builds the JSON that the fake backends answer for orders and timelines. */
public final class Orders {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Orders() {
    }

    public static String freshId() {
        return "ord-" + UUID.randomUUID();
    }

    /** A Nordvik Fjord, birch, 256 GB, with microG and work profile, Firefox and Signal, €464.00. */
    public static String order(String id, String status) {
        ObjectNode order = JSON.createObjectNode()
                .put("id", id).put("status", status).put("maker", "nordvik").put("model", "nordvik-fjord")
                .put("colour", "birch").put("storageGb", 256)
                .put("priceMinor", 46400).put("currency", "EUR").put("customerEmail", "ada@example.org")
                .put("placedAt", "2026-11-25T09:15:00Z");
        order.putArray("features").add("microg").add("work-profile");
        order.putArray("apps").add("firefox").add("signal");
        return order.toString();
    }

    /** The order's JSON with the delivery dates configurator-api promised when it was placed. */
    public static String promised(String orderJson, String shipDate, String deliveryDate) {
        try {
            ObjectNode order = (ObjectNode) JSON.readTree(orderJson);
            return order.put("promisedShipDate", shipDate).put("promisedDeliveryDate", deliveryDate).toString();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** configurator-api's promise of a variant: dates and reason may be null. */
    public static String promise(String model, String colour, int storageGb, boolean promisable, String shipDate,
            String deliveryDate, String reason) {
        return JSON.createObjectNode().put("model", model).put("colour", colour).put("storageGb", storageGb)
                .put("promisable", promisable).put("shipDate", shipDate).put("deliveryDate", deliveryDate)
                .put("reason", reason).toString();
    }

    /** One timeline entry: at, type, detail. */
    public record Entry(String at, String type, String detail) {
    }

    public static String timeline(String id, String status, List<Entry> entries) {
        ObjectNode timeline = JSON.createObjectNode().put("orderId", id).put("status", status);
        ArrayNode array = timeline.putArray("entries");
        entries.forEach(e -> array.addObject().put("at", e.at()).put("type", e.type()).put("detail", e.detail()));
        return timeline.toString();
    }

    /** The timeline's JSON with the delivery date order-workflow holds for the order (yyyy-mm-dd). */
    public static String promisedOnTimeline(String timelineJson, String deliveryDate) {
        try {
            return ((ObjectNode) JSON.readTree(timelineJson)).put("promisedDeliveryDate", deliveryDate).toString();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static String orderPath(String id) {
        return "/api/orders/" + id;
    }

    public static String timelinePath(String id) {
        return "/api/orders/" + id + "/timeline";
    }
}

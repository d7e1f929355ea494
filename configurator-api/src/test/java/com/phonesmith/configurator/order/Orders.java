package com.phonesmith.configurator.order;

import static io.restassured.RestAssured.given;

import com.phonesmith.platform.outbox.OutboxMessage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Helpers of the order tests: requests, fresh keys, and row counts to prove nothing was half-written. */
final class Orders {
    private Orders() {
    }

    static String freshKey() {
        return "test-" + UUID.randomUUID();
    }

    /** A client address no other test orders from (order limits count per address). */
    static String freshAddress() {
        UUID random = UUID.randomUUID();
        return "2001:db8:" + Long.toHexString(random.getMostSignificantBits() & 0xffff) + ":"
                + Long.toHexString(random.getLeastSignificantBits() & 0xffff) + "::1";
    }

    /** A valid order body (mutable, so tests can break one field). */
    static Map<String, Object> validBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", "lumo-one");
        body.put("colour", "coral");
        body.put("storageGb", 128);
        body.put("features", new ArrayList<>(List.of("microg", "desktop-mode")));
        body.put("apps", new ArrayList<>(List.of("signal", "navigator-pro")));
        body.put("customerEmail", "ada@example.org");
        return body;
    }

    /** The request of a body as the service reads it. */
    @SuppressWarnings("unchecked")
    static OrderRequest requestOf(Map<String, Object> body) {
        return new OrderRequest((String) body.get("model"), (String) body.get("colour"),
                (Integer) body.get("storageGb"), (List<String>) body.get("features"), (List<String>) body.get("apps"),
                (String) body.get("customerEmail"), (List<String>) body.getOrDefault("removed", List.of()),
                (String) body.get("quoteId"), (String) body.get("paymentMethod"));
    }

    /** Places an order as a guest. */
    static Response post(String key, Object body) {
        return postAs(null, key, body);
    }

    /** Places an order with this bearer token, or as a guest when it is null. */
    static Response postAs(String token, String key, Object body) {
        var request = given().header("Idempotency-Key", key).contentType("application/json").body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.when().post("/api/orders");
    }

    /** Orders and outbox messages in the database. */
    record Counts(long orders, long outbox) {
        static Counts now() {
            return QuarkusTransaction.requiringNew().call(() -> new Counts(CustomerOrder.count(), OutboxMessage.count()));
        }
    }
}

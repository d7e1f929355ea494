package com.phonesmith.workflow.support;

import static io.restassured.RestAssured.given;

import com.phonesmith.contracts.events.ImageReady;
import com.phonesmith.contracts.events.OrderPlaced;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Test orders with fresh ids (the database lives for the whole test JVM). */
public final class Orders {
    private Orders() {
    }

    public static String freshId() {
        return "order-" + UUID.randomUUID();
    }

    public static OrderPlaced placed(String orderId) {
        return new OrderPlaced(orderId, "nordvik", "nordvik-fjord", "slate", 128, List.of("microg", "privacy-dns"),
                List.of("firefox", "signal"), 49_900, "EUR", "shopper@example.org",
                Instant.now());
    }

    public static ImageReady imageReady(String orderId) {
        String digest = "sha256:3f2a" + UUID.randomUUID().toString().replace("-", "")
                + UUID.randomUUID().toString().replace("-", "").substring(0, 28);
        return new ImageReady(orderId, digest, 1_258_291, "http://127.0.0.1:8084/api/bundles/" + digest,
                "phonesmith/nordvik-fjord/fjord:14/PS1.0/" + orderId.substring(6, 14) + ":user/release-keys");
    }

    /** The order's timeline as the API answers it. */
    public static JsonPath timeline(String orderId) {
        return given().when().get("/api/orders/{id}/timeline", orderId)
                .then().statusCode(200).extract().jsonPath();
    }
}

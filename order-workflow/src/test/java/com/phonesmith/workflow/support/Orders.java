package com.phonesmith.workflow.support;

import static io.restassured.RestAssured.given;

import com.phonesmith.contracts.access.TrackingToken;
import com.phonesmith.contracts.events.ImageReady;
import com.phonesmith.contracts.events.OrderPlaced;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.platform.security.Roles;
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

    /** An order placed by an account (or by a guest, when {@code customerId} is null) with a tracking token. */
    public static OrderPlaced placedBy(String orderId, String customerId, String trackingToken) {
        OrderPlaced p = placed(orderId);
        return new OrderPlaced(orderId, p.maker(), p.model(), p.colour(), p.storageGb(), p.features(), p.apps(),
                p.priceMinor(), p.currency(), p.customerEmail(), p.placedAt(), customerId,
                TrackingToken.hash(trackingToken));
    }

    public static ImageReady imageReady(String orderId) {
        String digest = "sha256:3f2a" + UUID.randomUUID().toString().replace("-", "")
                + UUID.randomUUID().toString().replace("-", "").substring(0, 28);
        return new ImageReady(orderId, digest, 1_258_291, "http://127.0.0.1:8084/api/bundles/" + digest,
                "phonesmith/nordvik-fjord/fjord:14/PS1.0/" + orderId.substring(6, 14) + ":user/release-keys");
    }

    /** The order's timeline as the API answers it to support. */
    public static JsonPath timeline(String orderId) {
        return given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT))
                .when().get("/api/orders/{id}/timeline", orderId)
                .then().statusCode(200).extract().jsonPath();
    }
}

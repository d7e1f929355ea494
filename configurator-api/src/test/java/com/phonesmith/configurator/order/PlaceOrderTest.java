package com.phonesmith.configurator.order;

import static com.phonesmith.configurator.order.Orders.freshKey;
import static com.phonesmith.configurator.order.Orders.post;
import static com.phonesmith.configurator.order.Orders.validBody;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.phonesmith.configurator.RealInfrastructure;
import com.phonesmith.configurator.TestClock;
import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.EventCodec;
import com.phonesmith.contracts.Topics;
import com.phonesmith.contracts.events.OrderPlaced;
import com.phonesmith.contracts.access.TrackingToken;
import com.phonesmith.devstack.testing.KafkaProbe;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.platform.security.Roles;
import com.phonesmith.platform.outbox.OutboxMessage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlaceOrderTest extends RealInfrastructure {
    @Inject
    EventCodec codec;

    @Test
    void placingAnOrderAnswersCreatedWithTheOrderAndItsLocation() {
        Orders.Counts before = Orders.Counts.now();

        Response response = post(freshKey(), validBody());

        response.then().statusCode(201).contentType("application/json");
        JsonPath order = response.jsonPath();
        String id = order.getString("id");
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        assertThat(response.header("Location")).endsWith("/api/orders/" + id);
        assertThat(order.getString("status")).isEqualTo("PLACED");
        assertThat(order.getString("maker")).isEqualTo("lumo");
        assertThat(order.getString("model")).isEqualTo("lumo-one");
        assertThat(order.getString("colour")).isEqualTo("coral");
        assertThat(order.getInt("storageGb")).isEqualTo(128);
        // as chosen, completed by the rules: what desktop mode needs, the core apps and the default launcher and browser
        assertThat(order.getList("features")).containsExactly("desktop-mode", "external-display", "launcher-classic",
                "microg");
        assertThat(order.getList("apps")).containsExactly("camera", "firefox", "messages", "navigator-pro", "phone",
                "signal");
        assertThat(order.getLong("priceMinor")).isEqualTo(27900 + 1500 + 499);
        assertThat(order.getString("currency")).isEqualTo("EUR");
        assertThat(order.getString("customerEmail")).isEqualTo("ada@example.org");
        assertThat(order.getString("placedAt")).isEqualTo("2026-12-01T09:30:00.123456Z");
        assertThat(order.getString("trackingToken")).matches("[A-Za-z0-9_-]{43}");
        assertThat(order.getMap("$").keySet()).containsExactlyInAnyOrder("id", "status", "maker", "model", "colour",
                "storageGb", "features", "apps", "priceMinor", "currency", "customerEmail", "placedAt",
                "promisedShipDate", "promisedDeliveryDate", "trackingToken", "payment");
        assertThat(order.getMap("payment")).containsOnlyKeys("status", "amountMinor", "currency", "authorisedAt",
                "capturedAt", "releasedAt").containsEntry("status", "AUTHORISED").containsEntry("amountMinor", 29899)
                .containsEntry("currency", "EUR").containsEntry("authorisedAt", "2026-12-01T09:30:00.123456Z");

        Orders.Counts after = Orders.Counts.now();
        assertThat(after.orders()).isEqualTo(before.orders() + 1);
        assertThat(after.outbox()).isEqualTo(before.outbox() + 1);
    }

    @Test
    void aPlacedOrderIsAnnouncedOnOrdersEventsKeyedByItsIdWithItsConfiguration() {
        Map<String, Object> body = validBody();
        body.put("model", "nordvik-tundra");
        body.put("colour", "snow");
        body.put("storageGb", 512);
        body.put("features", List.of("work-profile"));
        body.put("apps", List.of("osmand", "firefox"));
        body.put("customerEmail", "Grace.Hopper@Example.COM");
        Response response = post(freshKey(), body).then().statusCode(201).extract().response();
        String id = response.path("id");
        String trackingToken = response.path("trackingToken");

        List<ConsumerRecord<String, String>> records = KafkaProbe.awaitRecords(Topics.ORDERS_EVENTS,
                r -> id.equals(r.key()), 1, Duration.ofSeconds(30));

        assertThat(records).hasSize(1);
        Envelope envelope = codec.parse(records.get(0).value());
        assertThat(envelope.type()).isEqualTo("OrderPlaced");
        assertThat(envelope.version()).isEqualTo(1);
        assertThat(envelope.orderId()).isEqualTo(id);
        OrderPlaced placed = codec.payloadOf(envelope, OrderPlaced.class);
        assertThat(placed).isEqualTo(new OrderPlaced(id, "nordvik", "nordvik-tundra", "snow", 512,
                List.of("launcher-classic", "work-profile"),
                List.of("camera", "firefox", "messages", "osmand", "phone", "work-mail"), 69900, "EUR", "Grace.Hopper@example.com",
                Instant.parse("2026-12-01T09:30:00.123456Z"), null, TrackingToken.hash(trackingToken),
                dateIn(response, "promisedShipDate"), dateIn(response, "promisedDeliveryDate")));
    }

    private static LocalDate dateIn(Response response, String field) {
        String date = response.path(field);
        return date == null ? null : LocalDate.parse(date);
    }

    @Test
    void theOrderAndItsAnnouncementAreWrittenTogether() {
        String id = post(freshKey(), validBody()).then().statusCode(201).extract().path("id");

        long messages = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("messageKey", id));
        String topic = QuarkusTransaction.requiringNew().call(
                () -> OutboxMessage.<OutboxMessage>find("messageKey", id).firstResult().topic);
        assertThat(messages).isEqualTo(1);
        assertThat(topic).isEqualTo(Topics.ORDERS_EVENTS);
    }

    @Test
    void anOrderWithoutChoicesGetsTheDefaultsAndCostsTheVariantsPrice() {
        Map<String, Object> body = validBody();
        body.remove("features");
        body.remove("apps");
        body.put("model", "nordvik-fjord");
        body.put("colour", "slate");
        body.put("storageGb", 256);

        post(freshKey(), body).then().statusCode(201)
                .body("features", equalTo(List.of("launcher-classic")))
                .body("apps", equalTo(List.of("camera", "firefox", "messages", "phone")))
                .body("priceMinor", equalTo(44900));
    }

    @Test
    void supportReadsAPlacedOrderBackByItsIdExactlyAsItWasAnswered() {
        Response placed = post(freshKey(), validBody());
        String id = placed.then().statusCode(201).extract().path("id");

        Response read = given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT)).when().get("/api/orders/" + id);

        read.then().statusCode(200).contentType("application/json");
        assertThat(read.jsonPath().getMap("$")).isEqualTo(placed.jsonPath().getMap("$"));
    }

    @Test
    void theLocationOfAPlacedOrderReadsItBackWithItsTrackingToken() {
        Response placed = post(freshKey(), validBody());
        String location = placed.then().statusCode(201).extract().header("Location");

        given().header(TrackingToken.HEADER, placed.jsonPath().getString("trackingToken")).when().get(location)
                .then().statusCode(200).body("id", equalTo(placed.jsonPath().getString("id")));
    }

    @Test
    void anUnknownOrderIdIsANotFoundProblem() {
        given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT)).when().get("/api/orders/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void anOrderIdThatIsNotAUuidIsABadRequestProblemNamingTheId() {
        for (String id : List.of("42", "not-a-uuid", "1-2-3-4-5")) {
            given().when().get("/api/orders/" + id)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("id"))
                    .body("errors[0].reason", equalTo("must be a UUID"));
        }
    }

    @Test
    void placedAtIsReadFromTheInjectedClock() {
        String placedAt = post(freshKey(), validBody()).then().statusCode(201).extract().path("placedAt");

        assertThat(Instant.parse(placedAt)).isEqualTo(TestClock.NOW.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }
}

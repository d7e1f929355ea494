package com.phonesmith.workflow.cancel;

import static com.phonesmith.workflow.support.EventTraffic.command;
import static com.phonesmith.workflow.support.EventTraffic.commands;
import static com.phonesmith.workflow.support.EventTraffic.commandsWhenQuiet;
import static com.phonesmith.workflow.support.EventTraffic.deadLettersWhenQuiet;
import static com.phonesmith.workflow.support.EventTraffic.publish;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.phonesmith.contracts.access.TrackingToken;
import com.phonesmith.contracts.events.BuildCancelled;
import com.phonesmith.contracts.events.BuildImage;
import com.phonesmith.contracts.events.CancelBuild;
import com.phonesmith.contracts.events.CapturePayment;
import com.phonesmith.contracts.events.Delivered;
import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.FlashingStarted;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.ImageBuildFailed;
import com.phonesmith.contracts.events.PaymentReleased;
import com.phonesmith.contracts.events.ReleasePayment;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.contracts.events.Shipped;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.platform.security.Roles;
import com.phonesmith.workflow.RealInfrastructure;
import com.phonesmith.workflow.process.OrderProcess;
import com.phonesmith.workflow.support.EventTraffic;
import com.phonesmith.workflow.support.Orders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

/**
 * Cancellation with compensation: the shopper until flashing starts, support until delivery; the order stops where it
 * is, the factory is told to release the handset and slot, the payment to be voided or refunded, and the order's
 * process ends once both have answered. Over the real broker, engine and database.
 */
@QuarkusTest
class CancellationTest extends RealInfrastructure {
    private static final String IMEI = "356938035643911";

    private final TestTokens tokens = TestTokens.get();

    @Inject
    RuntimeService runtime;
    @Inject
    ManagementService management;

    @Test
    void theShopperCancelsBeforeFlashingAndTheHandsetSlotAndPaymentAreReleasedThenTheProcessEnds() {
        String owner = "shopper-" + UUID.randomUUID();
        String orderId = placedBy(owner, "tracking-" + UUID.randomUUID());
        publish(new HandsetReserved(orderId, IMEI, "NVK-FJ-0111"));
        await().atMost(EventTraffic.WAIT).until(() -> timelineAs(tokens.shopper(owner), orderId).getBoolean("mayCancel"));

        given().auth().oauth2(tokens.shopper(owner)).contentType(ContentType.JSON)
                .body(Map.of("reason", "  found a cheaper one ")).post("/api/orders/{id}/cancel", orderId)
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("cancelledBy", equalTo("the shopper"))
                .body("reason", equalTo("found a cheaper one"));

        assertThat(command(orderId, CancelBuild.class).reason()).isEqualTo("found a cheaper one");
        command(orderId, ReleasePayment.class);
        JsonPath seen = timelineAs(tokens.shopper(owner), orderId);
        assertThat(seen.getString("status")).isEqualTo("CANCELLED");
        assertThat(seen.getBoolean("mayCancel")).isFalse();
        assertThat(seen.getList("entries.detail", String.class))
                .contains("Cancelled by the shopper: found a cheaper one");
        assertThat(seen.getList("entries.type", String.class)).doesNotContain("CancelBuildSent", "ReleasePaymentSent");

        publish(new BuildCancelled(orderId, IMEI, "slot on 2026-12-03 freed"));
        publish(new PaymentReleased(orderId, PaymentReleased.VOIDED, 49_900, "EUR"));
        await().atMost(EventTraffic.WAIT).until(() -> !processRuns(orderId));
        assertThat(timelineAs(tokens.shopper(owner), orderId).getList("entries.detail", String.class)).contains(
                "Build stopped; handset IMEI " + IMEI + " back in stock (slot on 2026-12-03 freed)",
                "Payment hold of 499.00 EUR voided: nothing was charged");
        publish(Orders.imageReady(orderId)); // the build that was under way still finishes: recorded, not acted on
        await().atMost(EventTraffic.WAIT).untilAsserted(() -> assertThat(Orders.timeline(orderId)
                .getList("entries.detail", String.class)).anyMatch(d -> d.endsWith("(after the order was cancelled)")));
        assertThat(commandsWhenQuiet(orderId, FlashHandset.class)).isEmpty();
        assertThat(deadLettersWhenQuiet(orderId)).isEmpty();
        assertThat(Orders.timeline(orderId).getString("status")).isEqualTo("CANCELLED");
    }

    @Test
    void aGuestCancelsWithTheTrackingTokenAndAskingAgainAnswersTheFirstCancellation() {
        String token = "tracking-" + UUID.randomUUID();
        String orderId = placedBy(null, token);

        given().header(TrackingToken.HEADER, token).contentType(ContentType.JSON).body("{}")
                .post("/api/orders/{id}/cancel", orderId)
                .then().statusCode(200).body("cancelledBy", equalTo("the shopper (tracking link)"));
        String first = given().header(TrackingToken.HEADER, token).contentType(ContentType.JSON).body("{}")
                .post("/api/orders/{id}/cancel", orderId).then().statusCode(200).extract().path("at");
        given().auth().oauth2(tokens.forRole(Roles.SUPPORT)).contentType(ContentType.JSON)
                .body(Map.of("reason", "again")).post("/api/orders/{id}/cancel", orderId)
                .then().statusCode(200).body("at", equalTo(first)).body("reason", equalTo(null));

        assertThat(commandsWhenQuiet(orderId, CancelBuild.class)).hasSize(1);
        assertThat(commandsWhenQuiet(orderId, ReleasePayment.class)).hasSize(1);
    }

    @Test
    void onceFlashingHasStartedTheShopperIsRefusedButSupportCancelsWithAReason() {
        String owner = "shopper-" + UUID.randomUUID();
        String orderId = placedBy(owner, "tracking-" + UUID.randomUUID());
        publish(Orders.imageReady(orderId));
        publish(new HandsetReserved(orderId, IMEI, "NVK-FJ-0111"));
        command(orderId, FlashHandset.class);
        publish(new FlashingStarted(orderId, IMEI, 1));
        await().atMost(EventTraffic.WAIT).until(() -> !timelineAs(tokens.shopper(owner), orderId).getBoolean("mayCancel"));

        given().auth().oauth2(tokens.shopper(owner)).contentType(ContentType.JSON).body("{}")
                .post("/api/orders/{id}/cancel", orderId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("orderId"))
                .body("errors[0].reason", equalTo("flashing of the phone has started: only support can cancel it now"));
        given().auth().oauth2(tokens.forRole(Roles.SUPPORT)).contentType(ContentType.JSON).body("{\"reason\": \" \"}")
                .post("/api/orders/{id}/cancel", orderId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
        assertThat(Orders.timeline(orderId).getBoolean("mayCancel")).as("support may").isTrue();

        given().auth().oauth2(tokens.token().subject("support-ana").roles(Roles.SUPPORT).sign())
                .contentType(ContentType.JSON).body(Map.of("reason", "the customer called: moving abroad"))
                .post("/api/orders/{id}/cancel", orderId)
                .then().statusCode(200).body("cancelledBy", equalTo("support (support-ana)"));

        command(orderId, CancelBuild.class);
        command(orderId, ReleasePayment.class);
        assertThat(Orders.timeline(orderId).getList("entries.type", String.class))
                .containsSubsequence("FlashingStarted", "Cancelled", "CancelBuildSent");
    }

    @Test
    void supportCancelsAShippedOrderWhichIsRefundedAndTheParcelIsNotFollowedAnyMore() {
        String orderId = placedBy("shopper-" + UUID.randomUUID(), "tracking-" + UUID.randomUUID());
        publish(Orders.imageReady(orderId));
        publish(new HandsetReserved(orderId, IMEI, "NVK-FJ-0111"));
        command(orderId, FlashHandset.class);
        publish(new Shipped(orderId, IMEI, "sim-post", "SP123"));
        command(orderId, CapturePayment.class);

        given().auth().oauth2(tokens.forRole(Roles.SUPPORT)).contentType(ContentType.JSON)
                .body(Map.of("reason", "lost in transit; refunded as agreed")).post("/api/orders/{id}/cancel", orderId)
                .then().statusCode(200);
        publish(new BuildCancelled(orderId, null, "the parcel is with the carrier"));
        publish(new PaymentReleased(orderId, PaymentReleased.REFUNDED, 49_900, "EUR"));
        await().atMost(EventTraffic.WAIT).until(() -> !processRuns(orderId));
        publish(new Delivered(orderId, IMEI, "sim-post", "SP123", Instant.now()));

        await().atMost(EventTraffic.WAIT).untilAsserted(() -> assertThat(Orders.timeline(orderId)
                .getList("entries.detail", String.class)).contains("Refunded 499.00 EUR",
                "Delivered by sim-post, tracking SP123 (after the order was cancelled)"));
        assertThat(Orders.timeline(orderId).getString("status")).isEqualTo("CANCELLED");
        assertThat(deadLettersWhenQuiet(orderId)).isEmpty();
    }

    @Test
    void aDeliveredOrderCannotBeCancelledAndStrangersAndOperatorsCannotCancelAtAll() {
        String owner = "shopper-" + UUID.randomUUID();
        String orderId = placedBy(owner, "tracking-" + UUID.randomUUID());

        given().auth().oauth2(tokens.shopper("shopper-" + UUID.randomUUID())).contentType(ContentType.JSON).body("{}")
                .post("/api/orders/{id}/cancel", orderId).then().statusCode(404);
        given().auth().oauth2(tokens.forRole(Roles.OPERATOR)).contentType(ContentType.JSON).body("{}")
                .post("/api/orders/{id}/cancel", orderId).then().statusCode(403);
        given().contentType(ContentType.JSON).body("{}")
                .post("/api/orders/{id}/cancel", orderId).then().statusCode(401);
        given().auth().oauth2(tokens.forRole(Roles.SUPPORT)).contentType(ContentType.JSON)
                .body(Map.of("reason", "x".repeat(CancelRules.MAX_REASON + 1)))
                .post("/api/orders/{id}/cancel", orderId).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(tokens.forRole(Roles.SUPPORT)).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/orders/{id}/cancel", "not an id!").then().statusCode(400);
        assertThat(commandsWhenQuiet(orderId, CancelBuild.class)).isEmpty();

        publish(Orders.imageReady(orderId));
        publish(new HandsetReserved(orderId, IMEI, "NVK-FJ-0111"));
        command(orderId, FlashHandset.class);
        publish(new Shipped(orderId, IMEI, "sim-post", "SP124"));
        publish(new Delivered(orderId, IMEI, "sim-post", "SP124", Instant.now()));
        await().atMost(EventTraffic.WAIT).until(() -> Orders.timeline(orderId).getString("status"), "DELIVERED"::equals);

        given().auth().oauth2(tokens.forRole(Roles.SUPPORT)).contentType(ContentType.JSON).body(Map.of("reason", "late"))
                .post("/api/orders/{id}/cancel", orderId)
                .then().statusCode(409).body("errors[0].reason",
                        equalTo("the order was delivered: send the phone back as a return instead"));
    }

    @Test
    void cancellingEndsTheOrdersIncidentsAndAnOverdueReleaseIsAskedForAgainAndRaised() {
        String orderId = placedBy("shopper-" + UUID.randomUUID(), "tracking-" + UUID.randomUUID());
        publish(new ImageBuildFailed(orderId, "unknown app 'solitaire'"));
        await().atMost(EventTraffic.WAIT).until(() -> runtime.createIncidentQuery()
                .processInstanceId(instanceIdOf(orderId)).count() == 1);

        given().auth().oauth2(tokens.forRole(Roles.SUPPORT)).contentType(ContentType.JSON)
                .body(Map.of("reason", "the app cannot be built")).post("/api/orders/{id}/cancel", orderId)
                .then().statusCode(200);

        assertThat(runtime.createIncidentQuery().processInstanceId(instanceIdOf(orderId)).count()).isZero();
        var timer = await().atMost(EventTraffic.WAIT).until(() -> management.createJobQuery().timers()
                .processInstanceId(instanceIdOf(orderId)).activityId("PaymentReleasedOverdue").singleResult(),
                job -> job != null);
        management.executeJob(timer.getId());
        assertThat(commands(orderId, ReleasePayment.class, 2, EventTraffic.WAIT)).hasSize(2);
        assertThat(runtime.createIncidentQuery().processInstanceId(instanceIdOf(orderId)).incidentType("replyOverdue")
                .count()).isEqualTo(1);
        publish(new PaymentReleased(orderId, PaymentReleased.VOIDED, 49_900, "EUR"));
        publish(new BuildCancelled(orderId, null, "no handset was reserved"));
        await().atMost(EventTraffic.WAIT).until(() -> !processRuns(orderId));
    }

    private static String placedBy(String owner, String token) {
        String orderId = Orders.freshId();
        publish(Orders.placedBy(orderId, owner, token));
        command(orderId, BuildImage.class);
        command(orderId, ScheduleBuild.class);
        return orderId;
    }

    private static JsonPath timelineAs(String bearer, String orderId) {
        return given().auth().oauth2(bearer).get("/api/orders/{id}/timeline", orderId)
                .then().statusCode(200).extract().jsonPath();
    }

    private boolean processRuns(String orderId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(OrderProcess.PROCESS_KEY)
                .processInstanceBusinessKey(orderId).count() > 0;
    }

    private String instanceIdOf(String orderId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(OrderProcess.PROCESS_KEY)
                .processInstanceBusinessKey(orderId).singleResult().getId();
    }
}

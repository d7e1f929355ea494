package com.phonesmith.workflow.process;

import static com.phonesmith.workflow.support.EventTraffic.command;
import static com.phonesmith.workflow.support.EventTraffic.commands;
import static com.phonesmith.workflow.support.EventTraffic.commandsWhenQuiet;
import static com.phonesmith.workflow.support.EventTraffic.deadLettersWhenQuiet;
import static com.phonesmith.workflow.support.EventTraffic.publish;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.phonesmith.contracts.events.BuildImage;
import com.phonesmith.contracts.events.CapturePayment;
import com.phonesmith.contracts.events.Delivered;
import com.phonesmith.contracts.events.FactoryStepFailed;
import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.Flashed;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.QaFailed;
import com.phonesmith.contracts.events.QaPassed;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.contracts.events.Shipped;
import com.phonesmith.contracts.events.SwapHandset;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.platform.security.Roles;
import com.phonesmith.workflow.RealInfrastructure;
import com.phonesmith.workflow.support.EventTraffic;
import com.phonesmith.workflow.support.Orders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A handset that fails QA is reworked (phonesmith.workflow.rework.*: one reflash, then one other handset), and a third
 * failure stops and asks support; a flash the factory gave up on is raised too. Driven through the real broker.
 */
@QuarkusTest
class QaReworkTest extends RealInfrastructure {
    private static final String FIRST_IMEI = "356938035643887";
    private static final String SECOND_IMEI = "356938035643895";

    @Test
    void aFailedQaIsFlashedAgainAndWhenItThenPassesTheOrderShipsIsChargedAndIsDelivered() {
        String orderId = flashing(FIRST_IMEI);

        publish(new QaFailed(orderId, FIRST_IMEI, "fingerprint mismatch"));

        List<FlashHandset> flashes = commands(orderId, FlashHandset.class, 2, EventTraffic.WAIT);
        assertThat(flashes).hasSize(2);
        assertThat(flashes.get(1)).isEqualTo(flashes.get(0));
        await().atMost(EventTraffic.WAIT).until(() -> Orders.timeline(orderId).getString("status"), "FLASHING"::equals);

        shipAndDeliver(orderId, FIRST_IMEI);
        JsonPath timeline = Orders.timeline(orderId);
        assertThat(timeline.getList("entries.type", String.class)).containsSubsequence("QaFailed",
                "FlashHandsetSent", "QaPassed", "Shipped", "CapturePaymentSent", "Delivered");
        assertThat(timeline.getList("entries.detail", String.class))
                .contains("QA failure 1: image " + shortDigestOf(flashes.get(0)) + " to be flashed again onto IMEI "
                        + FIRST_IMEI);
        assertThat(commandsWhenQuiet(orderId, SwapHandset.class)).isEmpty();
        assertThat(deadLettersWhenQuiet(orderId)).isEmpty();
    }

    @Test
    void aSecondFailurePutsTheImageOntoAnotherHandsetWhichThenShips() {
        String orderId = flashing(FIRST_IMEI);
        publish(new QaFailed(orderId, FIRST_IMEI, "fingerprint mismatch"));
        commands(orderId, FlashHandset.class, 2, EventTraffic.WAIT);

        publish(new QaFailed(orderId, FIRST_IMEI, "the radio did not come up"));

        SwapHandset swap = command(orderId, SwapHandset.class);
        assertThat(swap.imei()).isEqualTo(FIRST_IMEI);
        publish(new HandsetReserved(orderId, SECOND_IMEI, "NVK-FJ-0095"));
        await().atMost(EventTraffic.WAIT).untilAsserted(() -> assertThat(Orders.timeline(orderId)
                .getList("entries.detail", String.class)).contains("Handset IMEI " + SECOND_IMEI
                + " reserved (serial NVK-FJ-0095)"));
        shipAndDeliver(orderId, SECOND_IMEI);

        assertThat(Orders.timeline(orderId).getString("status")).isEqualTo("DELIVERED");
        assertThat(commandsWhenQuiet(orderId, FlashHandset.class)).hasSize(2);
        assertThat(deadLettersWhenQuiet(orderId)).isEmpty();
    }

    @Test
    void aThirdFailureAsksSupportWhoseRetryApprovesAnotherHandset() {
        String orderId = flashing(FIRST_IMEI);
        publish(new QaFailed(orderId, FIRST_IMEI, "fingerprint mismatch"));
        commands(orderId, FlashHandset.class, 2, EventTraffic.WAIT);
        publish(new QaFailed(orderId, FIRST_IMEI, "fingerprint mismatch"));
        command(orderId, SwapHandset.class);
        publish(new HandsetReserved(orderId, SECOND_IMEI, "NVK-FJ-0095"));

        publish(new QaFailed(orderId, SECOND_IMEI, "the touch screen does not answer"));

        Map<String, Object> incident = awaitIncidentOf(orderId);
        assertThat(incident).containsEntry("type", "QA_REWORK_EXHAUSTED").containsEntry("waitingFor", "ReworkApproved")
                .containsEntry("message", "QA failed 3 times (last: the touch screen does not answer); support"
                        + " decides: retry on another handset, or cancel");
        assertThat(commandsWhenQuiet(orderId, SwapHandset.class)).hasSize(1);

        JsonPath retried = asSupport().post("/api/orders/{o}/incidents/{i}/retry", orderId, incident.get("id"))
                .then().statusCode(200).extract().jsonPath();

        assertThat(retried.getString("resent")).isEqualTo("SwapHandset");
        List<SwapHandset> swaps = commands(orderId, SwapHandset.class, 2, EventTraffic.WAIT);
        assertThat(swaps).extracting(SwapHandset::imei).containsExactly(FIRST_IMEI, SECOND_IMEI);
        assertThat(openIncidentsOf(orderId)).isEmpty();
        publish(new HandsetReserved(orderId, "356938035643903", "NVK-FJ-0103"));
        shipAndDeliver(orderId, "356938035643903");
        assertThat(deadLettersWhenQuiet(orderId)).isEmpty();
    }

    @Test
    void aFlashTheFactoryGaveUpOnIsRaisedAndSupportsRetryFlashesAgain() {
        String orderId = flashing(FIRST_IMEI);

        publish(new FactoryStepFailed(orderId, "flash", "the station did not answer after 5 attempts"));

        Map<String, Object> incident = awaitIncidentOf(orderId);
        assertThat(incident).containsEntry("type", "FACTORY_STEP_FAILED").containsEntry("waitingFor", "Shipped");
        JsonPath retried = asSupport().post("/api/orders/{o}/incidents/{i}/retry", orderId, incident.get("id"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(retried.getString("resent")).isEqualTo("FlashHandset");
        assertThat(commands(orderId, FlashHandset.class, 2, EventTraffic.WAIT)).hasSize(2);
        shipAndDeliver(orderId, FIRST_IMEI);
        assertThat(Orders.timeline(orderId).getString("status")).isEqualTo("DELIVERED");
    }

    /** An order whose image and handset are ready: FlashHandset has been sent. */
    private static String flashing(String imei) {
        String orderId = Orders.freshId();
        publish(Orders.placed(orderId));
        command(orderId, BuildImage.class);
        command(orderId, ScheduleBuild.class);
        publish(Orders.imageReady(orderId));
        publish(new HandsetReserved(orderId, imei, "NVK-FJ-0087"));
        command(orderId, FlashHandset.class);
        return orderId;
    }

    private static void shipAndDeliver(String orderId, String imei) {
        FlashHandset flash = command(orderId, FlashHandset.class);
        publish(new Flashed(orderId, imei, flash.digest()));
        publish(new QaPassed(orderId, imei, flash.fingerprint()));
        publish(new Shipped(orderId, imei, "sim-post", "SP" + orderId.substring(6, 16)));
        command(orderId, CapturePayment.class);
        publish(new Delivered(orderId, imei, "sim-post", "SP" + orderId.substring(6, 16), Instant.now()));
        await().atMost(EventTraffic.WAIT).until(() -> Orders.timeline(orderId).getString("status"), "DELIVERED"::equals);
    }

    private static String shortDigestOf(FlashHandset flash) {
        String hex = flash.digest().substring(flash.digest().lastIndexOf(':') + 1);
        return hex.substring(0, 8) + "…";
    }

    private static Map<String, Object> awaitIncidentOf(String orderId) {
        return await().atMost(EventTraffic.WAIT).until(() -> openIncidentsOf(orderId), list -> list.size() == 1)
                .get(0);
    }

    private static List<Map<String, Object>> openIncidentsOf(String orderId) {
        List<Map<String, Object>> items = asSupport().get("/api/incidents?limit=500").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(item -> orderId.equals(item.get("orderId"))).toList();
    }

    private static io.restassured.specification.RequestSpecification asSupport() {
        return given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT)).when();
    }
}

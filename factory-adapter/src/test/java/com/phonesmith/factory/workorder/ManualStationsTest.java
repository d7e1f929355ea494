package com.phonesmith.factory.workorder;

import static com.phonesmith.factory.support.FloorCalls.as;
import static com.phonesmith.factory.support.FloorCalls.operator;
import static com.phonesmith.factory.support.WorkflowCommands.awaitFactoryEvent;
import static com.phonesmith.factory.support.WorkflowCommands.awaitFactoryEvents;
import static com.phonesmith.factory.support.WorkflowCommands.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.events.BuildCancelled;
import com.phonesmith.contracts.events.CancelBuild;
import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.QaFailed;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.factory.support.Bundles;
import com.phonesmith.factory.support.FloorCalls;
import com.phonesmith.factory.support.RackScan;
import com.phonesmith.factory.support.RealInfrastructure;
import com.phonesmith.handset.fixtures.TestBundles;
import com.phonesmith.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Operators work a phone by hand through manual kitting, flashing, packing and shipping stations (QA automatic):
 * nothing is flashed before the handset is kitted and its flash started, nothing is handed to the carrier before it
 * is scanned at shipping. The stations are switched to manual for each test and back to their configured (automatic)
 * mode after it.
 */
@QuarkusTest
class ManualStationsTest extends RealInfrastructure {
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Long enough for the flash and step workers (every second) to have claimed an order they may claim. */
    private static final Duration HELD = Duration.ofSeconds(3);
    private static final List<String> MANUAL = List.of("kitting", "flashing", "packing", "shipping");
    private static final String UNKNOWN_IMEI = "356938035643809";
    private static final String WRONG_CHECK_DIGIT = "356938035643808";

    @BeforeEach
    void kittingFlashingPackingAndShippingAreWorkedByHand() {
        RackScan.awaitRackFound();
        FloorCalls.workByHand(MANUAL);
    }

    @AfterEach
    void theStationsGoBackToTheirConfiguredMode() {
        FloorCalls.backToConfiguredMode(MANUAL);
    }

    private static String status(String orderId) {
        return operator().get("/api/work-orders/" + orderId).then().statusCode(200).extract().path("status");
    }

    private static void awaitStatus(String orderId, String status) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(status(orderId)).isEqualTo(status));
    }

    /** The order keeps this status while the workers had every chance to move it on. */
    private static void staysAt(String orderId, String status) {
        await().during(HELD).atMost(HELD.plusSeconds(5)).until(() -> status.equals(status(orderId)));
    }

    private static String scheduledAndFlashRequested(String orderId, String model, String colour, int storageGb) {
        send(new ScheduleBuild(orderId, model, colour, storageGb, "maker"));
        String imei = awaitFactoryEvent(orderId, HandsetReserved.class, WAIT).imei();
        TestBundles.Bundle bundle = Bundles.make(model, Bundles.fingerprint(model, orderId));
        send(new FlashHandset(orderId, Bundles.serve("/bundles/" + orderId + ".zip", bundle), bundle.sha256(),
                Bundles.fingerprint(model, orderId)));
        awaitStatus(orderId, "FLASH_PENDING");
        return imei;
    }

    @Test
    void anOperatorKitsAPhoneStartsItsFlashPacksItAndHandsItToTheCarrierEachByScanningIt() {
        String orderId = UUID.randomUUID().toString();
        String imei = scheduledAndFlashRequested(orderId, "kestrel-summit", "basalt", 256);

        staysAt(orderId, "FLASH_PENDING"); // not kitted: the flashing station does not take it
        operator().get("/api/floor/stations/kitting/queue").then().statusCode(200).body("orderId", hasItem(orderId));
        operator().get("/api/floor/stations/flashing/queue").then().statusCode(200)
                .body("orderId", not(hasItem(orderId)));
        operator().body(Map.of("imei", imei)).post("/api/floor/flashing/scans").then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("imei"))
                .body("errors[0].reason", containsString("not kitted yet"));
        operator().body(Map.of("imei", imei, "orderId", UUID.randomUUID().toString()))
                .post("/api/floor/kitting/scans").then().statusCode(409)
                .body("errors[0].field", equalTo("imei"))
                .body("errors[0].reason", containsString("is reserved for order " + orderId));

        String kittedAt = operator().body(Map.of("imei", imei, "orderId", orderId)).post("/api/floor/kitting/scans")
                .then().statusCode(200)
                .body("orderId", equalTo(orderId))
                .body("station", equalTo("kitting"))
                .body("kittedBy", notNullValue())
                .extract().path("kittedAt");
        operator().body(Map.of("imei", imei)).post("/api/floor/kitting/scans").then().statusCode(200)
                .body("kittedAt", equalTo(kittedAt));

        staysAt(orderId, "FLASH_PENDING"); // kitted, but no operator started its flash
        operator().get("/api/floor/stations/kitting/queue").then().body("orderId", not(hasItem(orderId)));
        operator().get("/api/floor/stations/flashing/queue").then().body("orderId", hasItem(orderId));
        String startedAt = operator().body(Map.of("imei", imei)).post("/api/floor/flashing/scans").then()
                .statusCode(200).body("station", equalTo("flashing")).body("flashStartedBy", notNullValue())
                .extract().path("flashStartedAt");
        operator().body(Map.of("imei", imei)).post("/api/floor/flashing/scans").then().statusCode(200)
                .body("flashStartedAt", equalTo(startedAt));

        awaitStatus(orderId, "QA_PASSED"); // flashed and checked by the floor
        operator().body(Map.of("imei", imei)).post("/api/floor/kitting/scans").then().statusCode(409)
                .body("errors[0].field", equalTo("imei"))
                .body("errors[0].reason", containsString("past kitting already"));
        operator().body(Map.of("imei", imei)).post("/api/floor/packing/scans").then().statusCode(200);

        staysAt(orderId, "PACKED"); // the carrier takes it only from the operator's hand
        operator().get("/api/floor/stations/shipping/queue").then().body("orderId", hasItem(orderId));
        String tracking = operator().body(Map.of("imei", imei)).post("/api/floor/shipping/scans").then()
                .statusCode(200)
                .body("status", equalTo("SHIPPED"))
                .body("carrier", notNullValue())
                .extract().path("trackingNumber");
        operator().body(Map.of("imei", imei)).post("/api/floor/shipping/scans").then().statusCode(200)
                .body("status", equalTo("SHIPPED")).body("trackingNumber", equalTo(tracking));
        operator().body(Map.of("trackingNumber", tracking.toLowerCase())).post("/api/floor/shipping/scans").then()
                .statusCode(200).body("orderId", equalTo(orderId)).body("trackingNumber", equalTo(tracking));

        List<Envelope> events = awaitFactoryEvents(orderId, 6, WAIT);
        assertThat(events).extracting(Envelope::type).containsExactly("HandsetReserved", "FlashingStarted",
                "Flashed", "QaPassed", "Packed", "Shipped");
        List<String> steps = operator().get("/api/work-orders/" + orderId).then().statusCode(200)
                .body("history.detail", hasItem(containsString("kitted by operator")))
                .body("history.detail", hasItem(containsString("started by operator")))
                .body("history.detail", hasItem(containsString("handed over by operator")))
                .extract().path("history.step");
        assertThat(steps).containsOnlyOnce("kit", "ship");
    }

    @Test
    void aReworkedPhoneStaysKittedButWaitsForTheOperatorToStartItsNewFlash() {
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, "nordvik-fjord", "birch", 128, "maker"));
        String imei = awaitFactoryEvent(orderId, HandsetReserved.class, WAIT).imei();
        String ordered = Bundles.fingerprint("nordvik-fjord", orderId);
        TestBundles.Bundle wrongBuild = Bundles.make("nordvik-fjord",
                "phonesmith/nordvik-fjord/0.9:user/" + orderId + "/1:release-keys");
        send(new FlashHandset(orderId, Bundles.serve("/bundles/" + orderId + "-old.zip", wrongBuild),
                wrongBuild.sha256(), ordered));
        awaitStatus(orderId, "FLASH_PENDING");
        operator().body(Map.of("imei", imei)).post("/api/floor/kitting/scans").then().statusCode(200);
        String firstStart = operator().body(Map.of("imei", imei)).post("/api/floor/flashing/scans").then()
                .statusCode(200).extract().path("flashStartedAt");
        awaitFactoryEvent(orderId, QaFailed.class, WAIT); // the wrong build fails QA: back to the workflow

        TestBundles.Bundle rightBuild = Bundles.make("nordvik-fjord", ordered);
        send(new FlashHandset(orderId, Bundles.serve("/bundles/" + orderId + ".zip", rightBuild),
                rightBuild.sha256(), ordered));
        awaitStatus(orderId, "FLASH_PENDING");
        staysAt(orderId, "FLASH_PENDING"); // the rework's flash waits for the operator again
        operator().get("/api/work-orders/" + orderId).then().statusCode(200)
                .body("kittedAt", notNullValue())
                .body("flashStartedAt", nullValue());
        operator().get("/api/floor/stations/kitting/queue").then().body("orderId", not(hasItem(orderId)));
        operator().get("/api/floor/stations/flashing/queue").then().body("orderId", hasItem(orderId));

        String secondStart = operator().body(Map.of("imei", imei)).post("/api/floor/flashing/scans").then()
                .statusCode(200).extract().path("flashStartedAt");
        assertThat(secondStart).isNotEqualTo(firstStart);
        awaitStatus(orderId, "QA_PASSED");
        assertThat(awaitFactoryEvents(orderId, 7, WAIT)).extracting(Envelope::type).containsExactly(
                "HandsetReserved", "FlashingStarted", "Flashed", "QaFailed", "FlashingStarted", "Flashed",
                "QaPassed");
    }

    @Test
    void scansNamingNoPhoneWaitingThereAreRefusedNamingTheImeiOrTheBlockedStation() {
        for (String station : List.of("kitting", "flashing", "shipping")) {
            operator().body(Map.of("imei", WRONG_CHECK_DIGIT)).post("/api/floor/" + station + "/scans").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("imei"))
                    .body("errors[0].reason", containsString("check digit"));
        }
        operator().body(Map.of("imei", "12ab")).post("/api/floor/kitting/scans").then().statusCode(400)
                .body("errors[0].field", equalTo("imei"));
        operator().body("{}").post("/api/floor/shipping/scans").then().statusCode(400)
                .body("errors[0].field", equalTo("imei"));
        operator().body(Map.of("trackingNumber", "PS-12")).post("/api/floor/shipping/scans").then().statusCode(400)
                .body("errors[0].field", equalTo("trackingNumber"));
        operator().body(Map.of("trackingNumber", "PS000000000")).post("/api/floor/shipping/scans").then()
                .statusCode(404).body("errors[0].field", equalTo("trackingNumber"))
                .body("errors[0].reason", containsString("no parcel has tracking number PS000000000"));
        operator().body(Map.of("imei", UNKNOWN_IMEI)).post("/api/floor/kitting/scans").then().statusCode(404)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("imei"))
                .body("errors[0].reason", containsString("no work order has handset"));
        String inStock = operator().get("/api/handsets?status=AVAILABLE&size=1").then().statusCode(200)
                .extract().path("items[0].imei");
        operator().body(Map.of("imei", inStock)).post("/api/floor/kitting/scans").then().statusCode(404)
                .body("errors[0].field", equalTo("imei"))
                .body("errors[0].reason", containsString("not reserved for any order"));

        String orderId = UUID.randomUUID().toString();
        String imei = scheduledAndFlashRequested(orderId, "okapi-lite", "sky", 64);
        operator().body(Map.of("imei", imei)).post("/api/floor/shipping/scans").then().statusCode(409)
                .body("errors[0].field", equalTo("imei"))
                .body("errors[0].reason", containsString("at the flashing station (FLASH_PENDING), not waiting at"
                        + " shipping"));
        try {
            operator().body(Map.of("reason", "scanner broken")).post("/api/floor/stations/kitting/block").then()
                    .statusCode(200);
            operator().body(Map.of("imei", imei)).post("/api/floor/kitting/scans").then().statusCode(409)
                    .body("errors[0].field", equalTo("station"))
                    .body("errors[0].reason", containsString("blocked"));
        } finally {
            operator().post("/api/floor/stations/kitting/unblock").then().statusCode(200);
        }
        as(Roles.SUPPORT).body(Map.of("imei", imei)).post("/api/floor/kitting/scans").then().statusCode(403);
        assertThat(status(orderId)).isEqualTo("FLASH_PENDING");

        send(new CancelBuild(orderId, "the shopper cancelled"));
        awaitFactoryEvent(orderId, BuildCancelled.class, WAIT);
        operator().body(Map.of("imei", imei)).post("/api/floor/kitting/scans").then().statusCode(409)
                .body("errors[0].field", equalTo("imei"))
                .body("errors[0].reason", containsString("cancelled"));
    }
}

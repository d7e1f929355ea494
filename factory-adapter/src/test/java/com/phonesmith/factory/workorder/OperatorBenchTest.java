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
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.events.BuildCancelled;
import com.phonesmith.contracts.events.CancelBuild;
import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.QaFailed;
import com.phonesmith.contracts.events.QaPassed;
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
 * Operators work phones by hand at manual QA and packing stations: scan, checklist, pass or fail, pack by scan.
 * The stations are switched to manual for each test and back to their configured (automatic) mode after it.
 */
@QuarkusTest
class OperatorBenchTest extends RealInfrastructure {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final List<String> BENCHES = List.of("qa", "packing");
    private static final List<String> ALL_TICKED = List.of("screen", "buttons", "camera");
    private static final String UNKNOWN_IMEI = "356938035643809";
    private static final String WRONG_CHECK_DIGIT = "356938035643808";

    @BeforeEach
    void qaAndPackingAreWorkedByHand() {
        RackScan.awaitRackFound();
        FloorCalls.workByHand(BENCHES);
    }

    @AfterEach
    void theStationsGoBackToTheirConfiguredMode() {
        FloorCalls.backToConfiguredMode(BENCHES);
    }

    /** Schedules and flashes an order; returns its order id and IMEI once it waits at the QA bench. */
    private static String[] flashedAndWaitingAtQa(String model, String colour, int storageGb, String bootedBuild) {
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, model, colour, storageGb, "maker"));
        HandsetReserved reserved = awaitFactoryEvent(orderId, HandsetReserved.class, WAIT);
        flash(orderId, model, bootedBuild == null ? Bundles.fingerprint(model, orderId) : bootedBuild, "-1");
        awaitStatus(orderId, "QA_PENDING");
        return new String[] {orderId, reserved.imei()};
    }

    private static void flash(String orderId, String model, String bootedBuild, String suffix) {
        TestBundles.Bundle bundle = Bundles.make(model, bootedBuild);
        String url = Bundles.serve("/bundles/" + orderId + suffix + ".zip", bundle);
        send(new FlashHandset(orderId, url, bundle.sha256(), Bundles.fingerprint(model, orderId)));
    }

    private static void awaitStatus(String orderId, String status) {
        await().atMost(WAIT).untilAsserted(() -> operator().get("/api/work-orders/" + orderId).then()
                .statusCode(200).body("status", equalTo(status)));
    }

    @Test
    void aPhoneWhoseChecksPassIsPassedOnceEveryVisualCheckIsTickedAndPackedByScanningIt() {
        String[] order = flashedAndWaitingAtQa("kestrel-ridge", "olive", 64, null);
        String orderId = order[0];
        String imei = order[1];

        operator().get("/api/floor/stations/qa/queue").then().statusCode(200).body("orderId", hasItem(orderId));
        operator().get("/api/floor/qa/checklist?imei=" + imei).then().statusCode(200)
                .body("orderId", equalTo(orderId))
                .body("status", equalTo("QA_PENDING"))
                .body("automatedPassed", equalTo(true))
                .body("automated.item", hasItems("boot", "fingerprint", "partition:system", "imei", "model",
                        "colour", "storage"))
                .body("automated.passed", everyItem(equalTo(true)))
                .body("automated.find { it.item == 'imei' }.actual", equalTo(imei))
                .body("visual.id", equalTo(ALL_TICKED));

        operator().body(Map.of("imei", imei, "visualChecks", List.of("screen"))).post("/api/floor/qa/pass").then()
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("visual.buttons", "visual.camera")));
        operator().body(Map.of("imei", imei, "visualChecks", ALL_TICKED)).post("/api/floor/qa/pass").then()
                .statusCode(200).body("status", equalTo("QA_PASSED"));
        operator().body(Map.of("imei", imei, "visualChecks", ALL_TICKED)).post("/api/floor/qa/pass").then()
                .statusCode(200).body("status", equalTo("QA_PASSED"));
        assertThat(awaitFactoryEvent(orderId, QaPassed.class, WAIT).imei()).isEqualTo(imei);

        operator().get("/api/floor/stations/packing/queue").then().statusCode(200).body("orderId", hasItem(orderId));
        String tracking = operator().body(Map.of("imei", imei)).post("/api/floor/packing/scans").then()
                .statusCode(200)
                .body("orderId", equalTo(orderId))
                .body("label", equalTo("/api/work-orders/" + orderId + "/label"))
                .extract().path("trackingNumber");
        operator().body(Map.of("imei", imei)).post("/api/floor/packing/scans").then().statusCode(200)
                .body("trackingNumber", equalTo(tracking));
        operator().get("/api/work-orders/" + orderId + "/label").then().statusCode(200)
                .contentType("application/pdf");

        List<Envelope> events = awaitFactoryEvents(orderId, 6, WAIT);
        assertThat(events).extracting(Envelope::type).containsExactly("HandsetReserved", "FlashingStarted",
                "Flashed", "QaPassed", "Packed", "Shipped");
        List<String> steps = operator().get("/api/work-orders/" + orderId).then().statusCode(200)
                .extract().path("history.step");
        assertThat(steps).containsOnlyOnce("pack");
        assertThat(steps.stream().filter("qa"::equals)).hasSize(2); // waiting for the operator, then passed once
        operator().get("/api/work-orders/" + orderId).then()
                .body("history.detail", hasItem(containsString("checked by operator")))
                .body("history.detail", hasItem(containsString("IMEI scanned into the box")));
    }

    @Test
    void aPhoneFailingAnAutomatedCheckCannotPassAndTheOperatorsFailSendsItToReworkAfterWhichItPasses() {
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, "kestrel-ridge", "orange", 128, "maker"));
        String imei = awaitFactoryEvent(orderId, HandsetReserved.class, WAIT).imei();
        String stale = "phonesmith/kestrel-ridge/0.9:user/" + orderId + "/1:release-keys";
        flash(orderId, "kestrel-ridge", stale, "-old");
        awaitStatus(orderId, "QA_PENDING");
        // the flashing port's part is done: it shows the phone flashed and waiting at the bench, not a QA verdict
        await().atMost(WAIT).untilAsserted(() -> operator().get("/api/floor/stations/flashing/ports").then()
                .statusCode(200)
                .body("find { it.imei == '" + imei + "' }.state", equalTo("WAITING_FOR_QA"))
                .body("find { it.imei == '" + imei + "' }.failure", nullValue()));

        operator().get("/api/floor/qa/checklist?imei=" + imei).then().statusCode(200)
                .body("automatedPassed", equalTo(false))
                .body("automated.find { it.item == 'fingerprint' }.passed", equalTo(false))
                .body("automated.find { it.item == 'fingerprint' }.actual", equalTo(stale));
        operator().body(Map.of("imei", imei, "visualChecks", ALL_TICKED)).post("/api/floor/qa/pass").then()
                .statusCode(422).body("errors.field", equalTo(List.of("checks.fingerprint")));
        operator().body(Map.of("imei", imei, "reason", " ")).post("/api/floor/qa/fail").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        operator().body(Map.of("imei", imei, "reason", "runs an old build")).post("/api/floor/qa/fail").then()
                .statusCode(200).body("status", equalTo("QA_FAILED"));
        assertThat(awaitFactoryEvent(orderId, QaFailed.class, WAIT).reason())
                .isEqualTo("operator's QA: runs an old build");
        operator().body(Map.of("imei", imei, "reason", "again")).post("/api/floor/qa/fail").then().statusCode(409)
                .body("errors[0].field", equalTo("imei"))
                .body("errors[0].reason", containsString("failed QA and waits for rework"));

        flash(orderId, "kestrel-ridge", Bundles.fingerprint("kestrel-ridge", orderId), "-2");
        awaitStatus(orderId, "QA_PENDING");
        operator().body(Map.of("imei", imei, "visualChecks", ALL_TICKED)).post("/api/floor/qa/pass").then()
                .statusCode(200).body("status", equalTo("QA_PASSED"));
        operator().get("/api/work-orders/" + orderId).then()
                .body("history.detail", hasItem(startsWith("failed: operator's QA: runs an old build")));
    }

    @Test
    void theChecklistHasARowForEveryOrderedFeatureAndAppAndOneMissingBlocksThePass() {
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, "meridian-go", "mint", 64, "meridian", List.of("microg", "desktop-mode"),
                List.of("firefox")));
        String imei = awaitFactoryEvent(orderId, HandsetReserved.class, WAIT).imei();
        TestBundles.Bundle bundle = Bundles.make("meridian-go", Bundles.fingerprint("meridian-go", orderId),
                List.of("microg"), List.of("firefox"));
        send(new FlashHandset(orderId, Bundles.serve("/bundles/" + orderId + "-features.zip", bundle),
                bundle.sha256(), Bundles.fingerprint("meridian-go", orderId)));
        awaitStatus(orderId, "QA_PENDING");

        operator().get("/api/floor/qa/checklist?imei=" + imei).then().statusCode(200)
                .body("automatedPassed", equalTo(false))
                .body("automated.item", hasItems("feature:microg", "feature:desktop-mode", "app:firefox"))
                .body("automated.find { it.item == 'feature:microg' }.passed", equalTo(true))
                .body("automated.find { it.item == 'app:firefox' }.passed", equalTo(true))
                .body("automated.find { it.item == 'feature:desktop-mode' }.passed", equalTo(false))
                .body("automated.find { it.item == 'feature:desktop-mode' }.difference",
                        equalTo("feature desktop-mode ordered but not installed"));
        operator().body(Map.of("imei", imei, "visualChecks", ALL_TICKED)).post("/api/floor/qa/pass").then()
                .statusCode(422).body("errors.field", equalTo(List.of("checks.feature:desktop-mode")));
    }

    @Test
    void scansThatNameNoPhoneWaitingAtTheBenchAreRefusedNamingTheImeiAndWhy() {
        operator().get("/api/floor/qa/checklist?imei=" + WRONG_CHECK_DIGIT).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("imei"))
                .body("errors[0].reason", containsString("check digit"));
        operator().body(Map.of("imei", "12ab")).post("/api/floor/packing/scans").then().statusCode(400)
                .body("errors[0].field", equalTo("imei"));
        operator().body(Map.of("imei", UNKNOWN_IMEI)).post("/api/floor/packing/scans").then().statusCode(404)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("imei"));

        String reservedOrder = UUID.randomUUID().toString();
        send(new ScheduleBuild(reservedOrder, "okapi-lite", "clay", 64, "maker"));
        String reservedImei = awaitFactoryEvent(reservedOrder, HandsetReserved.class, WAIT).imei();
        operator().get("/api/floor/qa/checklist?imei=" + reservedImei).then().statusCode(409)
                .body("errors[0].field", equalTo("imei"))
                .body("errors[0].reason", containsString("still at kitting"));

        send(new CancelBuild(reservedOrder, "the shopper cancelled"));
        awaitFactoryEvent(reservedOrder, BuildCancelled.class, WAIT);
        operator().body(Map.of("imei", reservedImei)).post("/api/floor/packing/scans").then().statusCode(409)
                .body("errors[0].field", equalTo("imei"))
                .body("errors[0].reason", containsString("cancelled"));
    }

    @Test
    void aPhoneAtAnotherStationOrABlockedStationIsNotWorkedAndSupportMayLookButNotPass() {
        String[] order = flashedAndWaitingAtQa("okapi-max", "clay", 128, null);
        String imei = order[1];

        operator().body(Map.of("imei", imei)).post("/api/floor/packing/scans").then().statusCode(409)
                .body("errors[0].field", equalTo("imei"))
                .body("errors[0].reason", containsString("waiting for its check at the QA station"));
        try {
            operator().body(Map.of("reason", "bench light broken")).post("/api/floor/stations/qa/block").then()
                    .statusCode(200);
            operator().body(Map.of("imei", imei, "visualChecks", ALL_TICKED)).post("/api/floor/qa/pass").then()
                    .statusCode(409).body("errors[0].field", equalTo("station"))
                    .body("errors[0].reason", containsString("blocked"));
        } finally {
            operator().post("/api/floor/stations/qa/unblock").then().statusCode(200);
        }
        as(Roles.SUPPORT).get("/api/floor/qa/checklist?imei=" + imei).then().statusCode(200);
        as(Roles.SUPPORT).body(Map.of("imei", imei, "visualChecks", ALL_TICKED)).post("/api/floor/qa/pass").then()
                .statusCode(403);
        as(Roles.SHOPPER).get("/api/floor/qa/checklist?imei=" + imei).then().statusCode(403);
        operator().body(Map.of("manual", true)).post("/api/floor/stations/assembly/mode").then().statusCode(400)
                .body("errors[0].field", equalTo("station"));
        operator().get("/api/work-orders/" + order[0]).then().body("status", equalTo("QA_PENDING"));
    }

    @Test
    void aPhoneLeftWaitingWhenTheQaStationGoesBackToAutomaticIsDecidedByItsChecks() {
        String[] order = flashedAndWaitingAtQa("tessel-mini", "lilac", 128, null);

        operator().body(Map.of("manual", false)).post("/api/floor/stations/qa/mode").then().statusCode(200)
                .body("manual", equalTo(false));

        assertThat(awaitFactoryEvent(order[0], QaPassed.class, WAIT).imei()).isEqualTo(order[1]);
        awaitStatus(order[0], "QA_PASSED"); // packing is still manual: it waits for an operator's scan
        operator().body(Map.of("imei", order[1])).post("/api/floor/packing/scans").then().statusCode(200);
    }
}

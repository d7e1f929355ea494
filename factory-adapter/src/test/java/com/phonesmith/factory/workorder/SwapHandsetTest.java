package com.phonesmith.factory.workorder;

import static com.phonesmith.factory.support.WorkflowCommands.CODEC;
import static com.phonesmith.factory.support.WorkflowCommands.awaitFactoryEvent;
import static com.phonesmith.factory.support.WorkflowCommands.awaitFactoryEvents;
import static com.phonesmith.factory.support.WorkflowCommands.handled;
import static com.phonesmith.factory.support.WorkflowCommands.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.devices.ImeiDigits;
import com.phonesmith.contracts.events.BuildCancelled;
import com.phonesmith.contracts.events.CancelBuild;
import com.phonesmith.contracts.events.FactoryStepFailed;
import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.Flashed;
import com.phonesmith.contracts.events.FlashingStarted;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.QaFailed;
import com.phonesmith.contracts.events.QaPassed;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.contracts.events.SwapHandset;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.factory.fastboot.FastbootClient;
import com.phonesmith.factory.support.ArtifactServer;
import com.phonesmith.factory.support.Bundles;
import com.phonesmith.factory.support.RackScan;
import com.phonesmith.factory.support.RealInfrastructure;
import com.phonesmith.handset.fixtures.TestBundles;
import com.phonesmith.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SwapHandset on Kafka: the handset that failed QA again is set aside as faulty and another one of the variant is
 * reserved and flashed with the order's image; a swap the order cannot make is recorded and passed over.
 */
@QuarkusTest
class SwapHandsetTest extends RealInfrastructure {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration QUIET = Duration.ofSeconds(3);
    private static final AtomicLong NEXT_IMEI = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Inject
    Clock clock;

    @BeforeEach
    void theStationScanHasFoundTheRack() {
        RackScan.awaitRackFound();
    }

    @Test
    void aHandsetThatFailsQaAgainIsSetAsideAsFaultyAndAnotherOneIsFlashedWithTheSameImage() throws Exception {
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, "nordvik-fjord", "birch", 256, "nordvik"));
        HandsetReserved first = awaitFactoryEvent(orderId, HandsetReserved.class, WAIT);
        String fingerprint = Bundles.fingerprint("nordvik-fjord", orderId);
        TestBundles.Bundle bundle = Bundles.make("nordvik-fjord", fingerprint);
        String path = "/bundles/" + orderId + ".zip";
        try {
            // this handset is still booting when the factory's boot timeout (10 s in tests) ends: it fails QA
            fault(first.imei(), "boot-delay 30000");
            send(new FlashHandset(orderId, Bundles.serve(path, bundle), bundle.sha256(), fingerprint));
            QaFailed qaFailed = awaitFactoryEvent(orderId, QaFailed.class, WAIT);
            assertThat(qaFailed.imei()).isEqualTo(first.imei());
            assertThat(qaFailed.reason()).contains("handset did not boot");

            send(new SwapHandset(orderId, first.imei(), "did not boot, twice"));

            List<Envelope> events = awaitFactoryEvents(orderId, 10, WAIT);
            assertThat(events).extracting(Envelope::type).containsExactly("HandsetReserved", "FlashingStarted",
                    "Flashed", "QaFailed", "HandsetReserved", "FlashingStarted", "Flashed", "QaPassed", "Packed",
                    "Shipped");
            HandsetReserved second = CODEC.payloadOf(events.get(4), HandsetReserved.class);
            assertThat(second.imei()).isNotEqualTo(first.imei());
            assertThat(CODEC.payloadOf(events.get(5), FlashingStarted.class))
                    .isEqualTo(new FlashingStarted(orderId, second.imei(), 1));
            // the order's stored image, downloaded again, onto the new handset
            assertThat(CODEC.payloadOf(events.get(6), Flashed.class))
                    .isEqualTo(new Flashed(orderId, second.imei(), bundle.sha256()));
            assertThat(CODEC.payloadOf(events.get(7), QaPassed.class))
                    .isEqualTo(new QaPassed(orderId, second.imei(), fingerprint));
            assertThat(ArtifactServer.shared().hits(path)).isEqualTo(2);

            JsonPath faulty = handset(first.imei());
            assertThat(faulty.getString("status")).isEqualTo("FAULTY");
            assertThat(faulty.getString("orderId")).isEqualTo(orderId);
            assertThat(given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT))
                    .get("/api/handsets?status=FAULTY&size=200").then().statusCode(200).extract().jsonPath()
                    .getList("items.imei", String.class)).contains(first.imei());
            JsonPath order = workOrder(orderId);
            assertThat(order.getString("imei")).isEqualTo(second.imei());
            assertThat(order.getString("status")).isEqualTo("SHIPPED");
            assertThat(order.getString("imageDigest")).isEqualTo(bundle.sha256());
            assertThat(order.getList("history.detail", String.class)).contains("handset " + first.imei()
                    + " set aside as faulty (did not boot, twice); reserving another nordvik-fjord/birch/256GB");

            // the workflow sends the swap again: the order no longer holds that handset
            Envelope again = send(new SwapHandset(orderId, first.imei(), "did not boot, twice"));
            await().atMost(WAIT).until(() -> handled(again));
            assertThat(awaitFactoryEvents(orderId, 12, QUIET)).extracting(Envelope::type)
                    .filteredOn("HandsetReserved"::equals).hasSize(2);
            assertThat(workOrder(orderId).getList("history.detail", String.class)).last().asString()
                    .isEqualTo("SwapHandset of " + first.imei() + " ignored: the work order is SHIPPED");
        } finally {
            fault(first.imei(), "clear");
        }
    }

    @Test
    void aSwapNamingAHandsetTheOrderDoesNotHoldOrBeforeQaFailedIsRecordedAndIgnored() {
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, "lumo-one", "ink", 128, "lumo"));
        HandsetReserved reserved = awaitFactoryEvent(orderId, HandsetReserved.class, WAIT);
        try {
            Envelope early = send(new SwapHandset(orderId, reserved.imei(), "too early"));
            await().atMost(WAIT).until(() -> handled(early));
            qaFailedWithoutFlashing(orderId);
            String otherImei = freshImei();

            Envelope wrong = send(new SwapHandset(orderId, otherImei, "QA failed again"));

            await().atMost(WAIT).until(() -> handled(wrong));
            assertThat(awaitFactoryEvents(orderId, 2, QUIET)).extracting(Envelope::type)
                    .containsExactly("HandsetReserved");
            JsonPath handset = handset(reserved.imei());
            assertThat(handset.getString("status")).isEqualTo("RESERVED");
            assertThat(handset.getString("orderId")).isEqualTo(orderId);
            JsonPath order = workOrder(orderId);
            assertThat(order.getString("status")).isEqualTo("QA_FAILED");
            assertThat(order.getString("imei")).isEqualTo(reserved.imei());
            assertThat(order.getList("history.detail", String.class)).contains(
                    "SwapHandset of " + reserved.imei() + " ignored: the work order is RESERVED",
                    "SwapHandset of " + otherImei + " ignored: the order holds handset " + reserved.imei());
        } finally {
            // gives the handset back for the other tests
            send(new CancelBuild(orderId, "test over"));
            awaitFactoryEvent(orderId, BuildCancelled.class, WAIT);
        }
    }

    @Test
    void aSwapWithNoOtherHandsetOfTheVariantInStockWaitsForStockAndSaysSo() {
        String model = "swap-phone-" + Long.toString(NEXT_IMEI.get() % 100_000, 36);
        String firstImei = freshImei();
        receive(model, firstImei);
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, model, "teal", 128, "nordvik"));
        HandsetReserved first = awaitFactoryEvent(orderId, HandsetReserved.class, WAIT);
        assertThat(first.imei()).isEqualTo(firstImei);
        qaFailedWithoutFlashing(orderId);
        try {
            send(new SwapHandset(orderId, firstImei, "QA failed again"));

            FactoryStepFailed failed = awaitFactoryEvent(orderId, FactoryStepFailed.class, WAIT);
            assertThat(failed).isEqualTo(new FactoryStepFailed(orderId, "reserve",
                    "no " + model + "/teal/128GB handset in stock"));
            assertThat(handset(firstImei).getString("status")).isEqualTo("FAULTY");
            JsonPath order = workOrder(orderId);
            assertThat(order.getString("status")).isEqualTo("WAITING_FOR_STOCK");
            assertThat(order.getString("imei")).isNull();

            // a handset of the variant arrives: the order, waiting as any other, gets it
            String secondImei = freshImei();
            receive(model, secondImei);
            List<Envelope> events = awaitFactoryEvents(orderId, 3, WAIT);
            assertThat(events).extracting(Envelope::type)
                    .containsExactly("HandsetReserved", "FactoryStepFailed", "HandsetReserved");
            assertThat(CODEC.payloadOf(events.get(2), HandsetReserved.class).imei()).isEqualTo(secondImei);
        } finally {
            // the received handsets are at no station: stop before the flash worker tries them
            send(new CancelBuild(orderId, "test over"));
            awaitFactoryEvent(orderId, BuildCancelled.class, WAIT);
        }
    }

    /** Plays a flash whose QA failed on the reserved handset: the order holds its image and waits for rework. */
    private void qaFailedWithoutFlashing(String orderId) {
        QuarkusTransaction.requiringNew().run(() -> {
            WorkOrder order = WorkOrder.findById(orderId);
            order.imageUrl = "http://127.0.0.1:1/" + orderId + ".zip";
            order.imageDigest = "00";
            order.imageFingerprint = "fp";
            order.attempts = 1;
            order.status = WorkOrderStatus.QA_FAILED;
            order.nextStepAt = null;
            order.lastError = "handset did not boot";
            order.updatedAt = clock.instant();
        });
    }

    private static void receive(String model, String imei) {
        given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR)).contentType("application/json")
                .body(Map.of("model", model, "colour", "teal", "storageGb", 128,
                        "handsets", List.of(Map.of("imei", imei, "serial", "SW" + imei.substring(7)))))
                .post("/api/handsets/receipts").then().statusCode(201);
    }

    /** A fresh valid IMEI, of a reporting body no other test uses. */
    private static String freshImei() {
        String body = "86" + String.format("%012d", NEXT_IMEI.incrementAndGet());
        return body + ImeiDigits.checkDigit(body);
    }

    private static void fault(String imei, String fault) throws Exception {
        JsonPath handset = handset(imei);
        try (FastbootClient client = FastbootClient.connect(handset.getString("stationHost"),
                handset.getInt("stationPort"), Duration.ofSeconds(10))) {
            client.command("oem fault " + fault);
        }
    }

    private static JsonPath handset(String imei) {
        return given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR)).get("/api/handsets/" + imei).then()
                .statusCode(200).extract().jsonPath();
    }

    private static JsonPath workOrder(String orderId) {
        return given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT)).get("/api/work-orders/" + orderId)
                .then().statusCode(200).extract().jsonPath();
    }
}

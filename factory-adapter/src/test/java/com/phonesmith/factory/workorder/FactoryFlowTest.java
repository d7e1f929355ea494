package com.phonesmith.factory.workorder;

import static com.phonesmith.factory.support.WorkflowCommands.CODEC;
import static com.phonesmith.factory.support.WorkflowCommands.awaitFactoryEvent;
import static com.phonesmith.factory.support.WorkflowCommands.awaitFactoryEvents;
import static com.phonesmith.factory.support.WorkflowCommands.handled;
import static com.phonesmith.factory.support.WorkflowCommands.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.Topics;
import com.phonesmith.contracts.devices.DeviceProof;
import com.phonesmith.contracts.events.Delivered;
import com.phonesmith.contracts.events.DeviceProvisioned;
import com.phonesmith.contracts.events.FactoryStepFailed;
import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.Flashed;
import com.phonesmith.contracts.events.FlashingStarted;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.QaFailed;
import com.phonesmith.contracts.events.QaPassed;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.contracts.events.Shipped;
import com.phonesmith.devstack.testing.KafkaProbe;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.factory.fastboot.FastbootClient;
import com.phonesmith.factory.fastboot.FastbootException;
import com.phonesmith.factory.shipping.LabelReader;
import com.phonesmith.factory.shipping.TrackingNumbers;
import com.phonesmith.factory.station.StationConfig;
import com.phonesmith.factory.station.StationScanner;
import com.phonesmith.factory.support.ArtifactServer;
import com.phonesmith.factory.support.Bundles;
import com.phonesmith.factory.support.HandsetRackTestResource;
import com.phonesmith.factory.support.RackScan;
import com.phonesmith.factory.support.RealInfrastructure;
import com.phonesmith.factory.support.WorkflowCommands;
import com.phonesmith.handset.Handset;
import com.phonesmith.handset.fixtures.TestBundles;
import com.phonesmith.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The factory path end to end: commands on Kafka in, real handsets flashed over fastboot, events on Kafka out. */
@QuarkusTest
class FactoryFlowTest extends RealInfrastructure {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    StationConfig stations;
    @Inject
    StationScanner scanner;
    @ConfigProperty(name = HandsetRackTestResource.DATA_DIR_PROPERTY)
    String rackDataDir;

    @BeforeEach
    void theStationScanHasFoundTheRack() {
        RackScan.awaitRackFound();
    }

    @Test
    void anOrderIsReservedFlashedCheckedPackedAndShipped() throws Exception {
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, "lumo-one", "coral", 64, "lumo"));
        HandsetReserved reserved = awaitFactoryEvent(orderId, HandsetReserved.class, WAIT);

        String fingerprint = Bundles.fingerprint("lumo-one", orderId);
        TestBundles.Bundle bundle = Bundles.make("lumo-one", fingerprint);
        String digest = bundle.sha256();
        String url = Bundles.serve("/bundles/" + orderId + ".zip", bundle);
        send(new FlashHandset(orderId, url, digest, fingerprint));

        List<Envelope> events = awaitFactoryEvents(orderId, 6, WAIT);
        assertThat(events).extracting(Envelope::type)
                .containsExactly("HandsetReserved", "FlashingStarted", "Flashed", "QaPassed", "Packed", "Shipped");
        // order-workflow learns that flashing began (the shopper can no longer cancel), with the handset and attempt
        assertThat(CODEC.payloadOf(events.get(1), FlashingStarted.class))
                .isEqualTo(new FlashingStarted(orderId, reserved.imei(), 1));
        assertThat(CODEC.payloadOf(events.get(2), Flashed.class)).isEqualTo(new Flashed(orderId, reserved.imei(), digest));
        assertThat(CODEC.payloadOf(events.get(3), QaPassed.class))
                .isEqualTo(new QaPassed(orderId, reserved.imei(), fingerprint));
        Shipped shipped = CODEC.payloadOf(events.get(5), Shipped.class);
        assertThat(shipped.imei()).isEqualTo(reserved.imei());
        assertThat(shipped.carrier()).isEqualTo("PostNord");
        assertThat(TrackingNumbers.isValid(shipped.trackingNumber())).isTrue();

        // the handset really holds the bundle's images and runs them, and the secret activations knows the verifier of
        byte[] secret = Files.readAllBytes(Path.of(rackDataDir, reserved.serial(), "activation-secret"));
        List<ConsumerRecord<String, String>> provisioned = KafkaProbe.awaitRecords(Topics.DEVICES_EVENTS,
                record -> reserved.imei().equals(record.key()), 1, WAIT);
        assertThat(provisioned).hasSize(1);
        assertThat(CODEC.payloadOf(CODEC.parse(provisioned.get(0).value()), DeviceProvisioned.class)).satisfies(device -> {
            assertThat(device.orderId()).isEqualTo(orderId);
            assertThat(device.maker()).isEqualTo("lumo");
            assertThat(device.model()).isEqualTo("lumo-one");
            assertThat(device.verifier()).isEqualTo(DeviceProof.verifierOf(secret));
            assertThat(provisioned.get(0).value()).doesNotContain(java.util.HexFormat.of().formatHex(secret));
        });
        JsonPath handset = given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR)).get("/api/handsets/" + reserved.imei()).then().statusCode(200).extract().jsonPath();
        assertThat(handset.getString("status")).isEqualTo("SHIPPED");
        assertThat(handset.getString("orderId")).isEqualTo(orderId);
        try (FastbootClient client = FastbootClient.connect(handset.getString("stationHost"),
                handset.getInt("stationPort"), Duration.ofSeconds(10))) {
            assertThat(client.getvar("serialno")).isEqualTo(reserved.serial());
            for (String partition : new String[] {"boot", "system", "vendor", "product"}) {
                assertThat(client.getvar("x-flashed-digest:" + partition))
                        .isEqualTo(bundle.partitionDigest(partition));
            }
            assertThat(client.getvar("x-boot-state")).isEqualTo("booted");
            assertThat(client.getvar("x-build-fingerprint")).isEqualTo(fingerprint);
            assertThat(client.getvar("x-installed-apps")).isEqualTo("firefox");
        }

        given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR)).get("/api/work-orders/" + orderId).then().statusCode(200)
                .body("status", equalTo("SHIPPED"))
                .body("imei", equalTo(reserved.imei()))
                .body("imageDigest", equalTo(digest))
                .body("attempts", equalTo(1))
                .body("carrier", equalTo("PostNord"))
                .body("trackingNumber", equalTo(shipped.trackingNumber()))
                .body("history.step", hasItems("scheduled", "reserve", "flash-requested",
                        "flash", "qa", "pack", "ship"));
        // support finds the order by the tracking number a buyer reads out, typed in any case
        String tracking = shipped.trackingNumber();
        for (String typed : List.of(tracking, tracking.toLowerCase(java.util.Locale.ROOT))) {
            given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT)).get("/api/work-orders?tracking=" + typed)
                    .then().statusCode(200)
                    .body("orderId", equalTo(orderId))
                    .body("trackingNumber", equalTo(tracking));
        }

        // the label carries the carrier's tracking number and the order id, as text and as Code 128 barcodes
        byte[] label = given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR))
                .get("/api/work-orders/" + orderId + "/label").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(LabelReader.barcodes(label)).containsExactly(shipped.trackingNumber(), orderId);
        assertThat(LabelReader.text(label)).contains("1 phone: lumo-one, coral, 64 GB", reserved.imei());
        byte[] reprint = given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR))
                .post("/api/work-orders/" + orderId + "/label/reprints").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(LabelReader.barcodes(reprint)).containsExactly(shipped.trackingNumber(), orderId);
        // the simulated carrier delivers (at once in tests) and the delivery lands in the history
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT))
                .get("/api/work-orders/" + orderId).then()
                .body("history.step", hasItems("label", "delivered")));
        List<ConsumerRecord<String, String>> delivered = KafkaProbe.awaitRecords(Topics.FACTORY_EVENTS,
                record -> orderId.equals(record.key()) && "Delivered".equals(CODEC.parse(record.value()).type()), 1,
                WAIT);
        assertThat(delivered).hasSize(1);
        assertThat(CODEC.payloadOf(CODEC.parse(delivered.get(0).value()), Delivered.class)).satisfies(parcel -> {
            assertThat(parcel.imei()).isEqualTo(reserved.imei());
            assertThat(parcel.trackingNumber()).isEqualTo(shipped.trackingNumber());
            assertThat(parcel.deliveredAt()).isNotNull();
        });
    }

    @Test
    void aLaunchPartnersPhoneIsReservedFlashedCheckedAndShippedWithItsMakerLikeAnyOther() throws Exception {
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, "tessel-fold", "onyx", 512, "tessel"));
        HandsetReserved reserved = awaitFactoryEvent(orderId, HandsetReserved.class, WAIT);

        String fingerprint = Bundles.fingerprint("tessel-fold", orderId);
        TestBundles.Bundle bundle = Bundles.make("tessel-fold", fingerprint);
        send(new FlashHandset(orderId, Bundles.serve("/bundles/" + orderId + ".zip", bundle), bundle.sha256(),
                fingerprint));

        assertThat(awaitFactoryEvents(orderId, 6, WAIT)).extracting(Envelope::type)
                .containsExactly("HandsetReserved", "FlashingStarted", "Flashed", "QaPassed", "Packed", "Shipped");
        List<ConsumerRecord<String, String>> provisioned = KafkaProbe.awaitRecords(Topics.DEVICES_EVENTS,
                record -> reserved.imei().equals(record.key()), 1, WAIT);
        assertThat(CODEC.payloadOf(CODEC.parse(provisioned.get(0).value()), DeviceProvisioned.class))
                .satisfies(device -> {
                    assertThat(device.maker()).isEqualTo("tessel");
                    assertThat(device.model()).isEqualTo("tessel-fold");
                });
        JsonPath handset = given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR))
                .get("/api/handsets/" + reserved.imei()).then().statusCode(200).extract().jsonPath();
        assertThat(handset.getString("model")).isEqualTo("tessel-fold");
        assertThat(handset.getString("colour")).isEqualTo("onyx");
        assertThat(handset.getInt("storageGb")).isEqualTo(512);
        assertThat(handset.getString("status")).isEqualTo("SHIPPED");
        try (FastbootClient client = FastbootClient.connect(handset.getString("stationHost"),
                handset.getInt("stationPort"), Duration.ofSeconds(10))) {
            assertThat(client.getvar("product")).isEqualTo("tessel-fold");
            assertThat(client.getvar("x-build-fingerprint")).isEqualTo(fingerprint);
        }
    }

    @Test
    void anOrderNotPackedYetHasNoLabel() {
        given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR))
                .get("/api/work-orders/" + UUID.randomUUID() + "/label").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT))
                .post("/api/work-orders/" + UUID.randomUUID() + "/label/reprints").then().statusCode(403);
    }

    @Test
    void aTrackingNumberNoParcelHasIsNotFoundAndAMalformedOneIsNamed() {
        given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT)).get("/api/work-orders?tracking=PS0000000001")
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT)).get("/api/work-orders?tracking=PS-12")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("tracking"));
    }

    @Test
    void aWorkOrderIsLookedUpByEitherImeiOrTrackingNumberNotBothNorNeither() {
        given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT))
                .get("/api/work-orders?imei=356938035643809&tracking=PS0000000001").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("imei", "tracking"));
        given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT)).get("/api/work-orders").then().statusCode(400)
                .body("errors.field", contains("imei", "tracking"));
    }

    @Test
    void aBundleWhoseDigestDoesNotMatchIsNeverFlashedAndFailsAfterTheRetries() throws Exception {
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, "lumo-pro", "sand", 256));
        HandsetReserved reserved = awaitFactoryEvent(orderId, HandsetReserved.class, WAIT);
        String fingerprint = Bundles.fingerprint("lumo-pro", orderId);
        String path = "/bundles/" + orderId + ".zip";
        String url = Bundles.serve(path, Bundles.make("lumo-pro", fingerprint));
        String otherDigest = Bundles.make("lumo-pro", "phonesmith/another/build").sha256();

        send(new FlashHandset(orderId, url, otherDigest, fingerprint));

        FactoryStepFailed failed = awaitFactoryEvent(orderId, FactoryStepFailed.class, WAIT);
        assertThat(failed.step()).isEqualTo("download");
        assertThat(failed.reason()).contains("expected " + otherDigest);
        assertThat(ArtifactServer.shared().hits(path)).isEqualTo(3);
        assertThat(Path.of(rackDataDir, reserved.serial(), "system_a.img")).doesNotExist();
        JsonPath handset = given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR)).get("/api/handsets/" + reserved.imei()).then().statusCode(200).extract().jsonPath();
        try (FastbootClient client = FastbootClient.connect(handset.getString("stationHost"),
                handset.getInt("stationPort"), Duration.ofSeconds(10))) {
            assertThatThrownBy(() -> client.getvar("x-flashed-digest:system"))
                    .isInstanceOf(FastbootException.class);
        }
        assertThat(awaitFactoryEvents(orderId, 6, Duration.ofSeconds(3))).extracting(Envelope::type)
                .containsExactly("HandsetReserved", "FlashingStarted", "FlashingStarted", "FlashingStarted",
                        "FactoryStepFailed");
        given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR)).get("/api/work-orders/" + orderId).then().statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("attempts", equalTo(3))
                .body("lastError", startsWith("download: downloaded bundle has digest"));
    }

    @Test
    void aBundleThatBootsAnotherBuildFailsQaAndAReworkedBundleShips() {
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, "nordvik-fjord", "birch", 128));
        HandsetReserved reserved = awaitFactoryEvent(orderId, HandsetReserved.class, WAIT);
        String ordered = Bundles.fingerprint("nordvik-fjord", orderId);
        String stale = "phonesmith/nordvik-fjord/0.9:user/" + orderId + "/1:release-keys";
        TestBundles.Bundle wrongBuild = Bundles.make("nordvik-fjord", stale);
        String wrongUrl = Bundles.serve("/bundles/" + orderId + "-old.zip", wrongBuild);

        send(new FlashHandset(orderId, wrongUrl, wrongBuild.sha256(), ordered));

        QaFailed qaFailed = awaitFactoryEvent(orderId, QaFailed.class, WAIT);
        assertThat(qaFailed.imei()).isEqualTo(reserved.imei());
        assertThat(qaFailed.reason()).isEqualTo("build fingerprint is " + stale + ", expected " + ordered);
        given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR)).get("/api/work-orders/" + orderId).then().statusCode(200).body("status", equalTo("QA_FAILED"));

        TestBundles.Bundle rightBuild = Bundles.make("nordvik-fjord", ordered);
        String rightUrl = Bundles.serve("/bundles/" + orderId + ".zip", rightBuild);
        send(new FlashHandset(orderId, rightUrl, rightBuild.sha256(), ordered));

        assertThat(awaitFactoryEvents(orderId, 9, WAIT)).extracting(Envelope::type).containsExactly(
                "HandsetReserved", "FlashingStarted", "Flashed", "QaFailed", "FlashingStarted", "Flashed", "QaPassed",
                "Packed", "Shipped");
    }

    @Test
    void aBundleLackingAnOrderedFeatureFailsQaNamingItAndOneWithExactlyTheOrderedFeaturesAndAppsShips() {
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, "meridian-stride", "sunset", 128, "meridian",
                List.of("microg", "desktop-mode"), List.of("firefox")));
        HandsetReserved reserved = awaitFactoryEvent(orderId, HandsetReserved.class, WAIT);
        String fingerprint = Bundles.fingerprint("meridian-stride", orderId);
        TestBundles.Bundle lacking = Bundles.make("meridian-stride", fingerprint, List.of("microg"),
                List.of("firefox", "games-pack"));

        send(new FlashHandset(orderId, Bundles.serve("/bundles/" + orderId + "-lacking.zip", lacking),
                lacking.sha256(), fingerprint));

        QaFailed qaFailed = awaitFactoryEvent(orderId, QaFailed.class, WAIT);
        assertThat(qaFailed.imei()).isEqualTo(reserved.imei());
        assertThat(qaFailed.reason()).isEqualTo(
                "feature desktop-mode ordered but not installed; app games-pack installed but not ordered");
        given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR)).get("/api/work-orders/" + orderId).then()
                .statusCode(200).body("status", equalTo("QA_FAILED"));

        // the rework's bundle has the same features and apps, listed in another order
        TestBundles.Bundle matching = Bundles.make("meridian-stride", fingerprint, List.of("desktop-mode", "microg"),
                List.of("firefox"));
        send(new FlashHandset(orderId, Bundles.serve("/bundles/" + orderId + ".zip", matching), matching.sha256(),
                fingerprint));

        assertThat(awaitFactoryEvents(orderId, 9, WAIT)).extracting(Envelope::type).containsExactly(
                "HandsetReserved", "FlashingStarted", "Flashed", "QaFailed", "FlashingStarted", "Flashed", "QaPassed",
                "Packed", "Shipped");
    }

    @Test
    void anOrderForAVariantOutOfStockWaitsAndGetsAHandsetWhenOneArrives() throws Exception {
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, "nordvik-fjord", "slate", 512));

        FactoryStepFailed failed = awaitFactoryEvent(orderId, FactoryStepFailed.class, WAIT);
        assertThat(failed).isEqualTo(new FactoryStepFailed(orderId, "reserve",
                "no nordvik-fjord/slate/512GB handset in stock"));
        given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR)).get("/api/work-orders/" + orderId).then().statusCode(200)
                .body("status", equalTo("WAITING_FOR_STOCK"));

        int emptyStation = stations.firstPort() + stations.count() - 1;
        try (Handset arrived = Handset.start(new com.phonesmith.handset.Variant("nordvik-fjord", "slate", 512), 1,
                new InetSocketAddress(stations.host(), emptyStation), Path.of(rackDataDir))) {
            scanner.scan();

            HandsetReserved reserved = awaitFactoryEvent(orderId, HandsetReserved.class, WAIT);
            assertThat(reserved.imei()).isEqualTo(arrived.imei());
            assertThat(reserved.serial()).isEqualTo(arrived.serial());
        }
        given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR)).get("/api/work-orders/" + orderId).then().statusCode(200).body("status", equalTo("RESERVED"));
    }

    @Test
    void aRepeatedScheduleBuildReservesOneHandset() {
        String orderId = UUID.randomUUID().toString();
        Envelope schedule = WorkflowCommands.envelope(new ScheduleBuild(orderId, "nordvik-tundra", "snow", 512));

        send(schedule);
        send(schedule);
        // the same command in a new message: on the same partition it is handled after the two above
        Envelope again = send(new ScheduleBuild(orderId, "nordvik-tundra", "snow", 512));
        await().atMost(WAIT).until(() -> handled(again));

        assertThat(handled(schedule)).isTrue();
        awaitFactoryEvent(orderId, HandsetReserved.class, WAIT);
        assertThat(awaitFactoryEvents(orderId, 2, Duration.ofSeconds(3))).extracting(Envelope::type)
                .containsExactly("HandsetReserved");
        List<String> reservedForOrder = given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR)).get("/api/handsets?status=RESERVED&size=200").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.orderId == '" + orderId + "' }.imei");
        assertThat(reservedForOrder).hasSize(1);
    }

    @Test
    void aFlashCommandForAnOrderWithoutWorkOrderGoesToTheDeadLetterTopic() {
        String orderId = UUID.randomUUID().toString();

        send(new FlashHandset(orderId, "http://127.0.0.1:1/nothing.img", "00", "fp"));

        List<ConsumerRecord<String, String>> dead = KafkaProbe.awaitRecords(Topics.DEAD_LETTERS,
                r -> orderId.equals(r.key()), 1, WAIT);
        assertThat(dead).hasSize(1);
        String reason = new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(),
                StandardCharsets.UTF_8);
        assertThat(reason).contains("no work order for order " + orderId);
    }
}

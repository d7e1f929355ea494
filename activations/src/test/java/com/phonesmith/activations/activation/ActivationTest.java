package com.phonesmith.activations.activation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.phonesmith.activations.RealInfrastructure;
import com.phonesmith.activations.TestClock;
import com.phonesmith.activations.TestDevices;
import com.phonesmith.contracts.EventCodec;
import com.phonesmith.contracts.Topics;
import com.phonesmith.contracts.devices.DeviceProof;
import com.phonesmith.contracts.events.DeviceActivated;
import com.phonesmith.devstack.testing.KafkaProbe;
import com.phonesmith.devstack.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A handset activates once with a proof of its secret; everything else is refused, clearly, and counted. */
@QuarkusTest
class ActivationTest extends RealInfrastructure {
    @Inject
    EntityManager entities;

    @Test
    void aProvisionedHandsetActivatesOnceAndDeviceActivatedIsPublishedOnActivationsEventsKeyedByItsImei() {
        TestDevices.Handset handset = TestDevices.provisioned("nordvik", "nordvik-tundra");

        handset.activate().then().statusCode(201).body("imei", equalTo(handset.imei()))
                .body("maker", equalTo("nordvik")).body("first", equalTo(true))
                .body("activatedAt", equalTo(TestClock.now().toString()));

        List<ConsumerRecord<String, String>> published = KafkaProbe.awaitRecords(Topics.ACTIVATIONS_EVENTS,
                r -> handset.imei().equals(r.key()) && r.value().contains("DeviceActivated"), 1, Duration.ofSeconds(30));
        assertThat(published).hasSize(1);
        EventCodec codec = EventCodec.withAllKnownTypes();
        DeviceActivated activated = codec.payloadOf(codec.parse(published.get(0).value()), DeviceActivated.class);
        assertThat(activated.imei()).isEqualTo(handset.imei());
        assertThat(activated.activatedAt()).isEqualTo(TestClock.now());
    }

    @Test
    void aSecondActivationWithAFreshProofChangesNothingAndSaysWhenItWas() {
        TestDevices.Handset handset = TestDevices.provisioned("nordvik", "nordvik-tundra");
        handset.activate().then().statusCode(201);
        TestClock.set(TestClock.START.plusSeconds(60));
        try {
            handset.activate().then().statusCode(200).body("first", equalTo(false))
                    .body("activatedAt", equalTo(TestClock.START.toString()));
        } finally {
            TestClock.reset();
        }
        assertThat(KafkaProbe.awaitRecords(Topics.ACTIVATIONS_EVENTS, r -> handset.imei().equals(r.key())
                && r.value().contains("DeviceActivated"), 2, Duration.ofSeconds(5))).hasSize(1);
    }

    @Test
    void activationsOfOneDeviceAtTheSameTimeActivateItOnceAndPublishOnce() throws Exception {
        TestDevices.Handset handset = TestDevices.provisioned("lumo", "lumo-one");
        int requests = 8;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            answers.add(pool.submit(() -> {
                go.await();
                return handset.activate().statusCode();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(200, 201).filteredOn(status -> status == 201).hasSize(1);
        assertThat(KafkaProbe.awaitRecords(Topics.ACTIVATIONS_EVENTS, r -> handset.imei().equals(r.key())
                && r.value().contains("DeviceActivated"), 2, Duration.ofSeconds(5))).hasSize(1);
        given().auth().oauth2(TestTokens.get().forRole("support")).get("/api/devices/" + handset.imei()).then()
                .statusCode(200).body("activatedAt", equalTo(TestClock.now().toString()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) entities.createNativeQuery(
                "select count(*) from usage_period where imei = ?1").setParameter(1, handset.imei())
                .getSingleResult()).longValue())).isEqualTo(1);
    }

    @Test
    void aReplayedRequestIsRefusedNamingTheNonce() {
        TestDevices.Handset handset = TestDevices.provisioned("lumo", "lumo-one");
        String nonce = TestDevices.nonce();
        handset.send(DeviceProof.ACTIVATE, "activation", TestClock.now(), nonce).then().statusCode(201);

        handset.send(DeviceProof.ACTIVATE, "activation", TestClock.now(), nonce).then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("nonce"));
    }

    @Test
    void aProofMadeWithAnotherSecretIsRefusedAndTheDeviceStaysInactive() {
        TestDevices.Handset handset = TestDevices.provisioned("lumo", "lumo-one");
        TestDevices.Handset impostor = new TestDevices.Handset(handset.imei(),
                DeviceProof.verifierOf("guessed".getBytes()), "lumo", "lumo-one");

        impostor.activate().then().statusCode(403).contentType("application/problem+json")
                .body("errors[0].field", equalTo("proof"));
        handset.activate().then().statusCode(201);
    }

    @Test
    void aTimestampFurtherThanFiveMinutesFromOursIsRefused() {
        TestDevices.Handset handset = TestDevices.provisioned("lumo", "lumo-one");

        handset.send(DeviceProof.ACTIVATE, "activation", TestClock.now().minus(Duration.ofMinutes(6)), TestDevices.nonce())
                .then().statusCode(403).body("errors[0].field", equalTo("timestamp"));
        handset.send(DeviceProof.ACTIVATE, "activation", TestClock.now().plus(Duration.ofMinutes(6)), TestDevices.nonce())
                .then().statusCode(403).body("errors[0].field", equalTo("timestamp"));
        handset.send(DeviceProof.ACTIVATE, "activation", TestClock.now().minus(Duration.ofMinutes(4)), TestDevices.nonce())
                .then().statusCode(201);
    }

    @Test
    void anUnknownImeiIsNotFoundAndAMalformedRequestNamesEachWrongField() {
        TestDevices.Handset unknown = new TestDevices.Handset(TestDevices.newImei(), DeviceProof.verifierOf(new byte[] {1}),
                "lumo", "lumo-one");
        unknown.activate().then().statusCode(404).contentType("application/problem+json");

        given().contentType("application/json").body(Map.of("timestamp", "yesterday", "nonce", "short", "proof", "x"))
                .post("/api/devices/356938035643808/activation")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("imei", "timestamp", "nonce", "proof")));
        given().contentType("application/json").post("/api/devices/356938035643809/activation")
                .then().statusCode(400).body("errors.field", hasItem("body"));
    }

    @Test
    void everyRefusalIsCountedByActionAndReason() {
        TestDevices.Handset handset = TestDevices.provisioned("lumo", "lumo-one");
        new TestDevices.Handset(handset.imei(), DeviceProof.verifierOf("guessed".getBytes()), "lumo", "lumo-one")
                .activate().then().statusCode(403);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern(
                "activations_refused_total\\{action=\"activate\",reason=\"wrong-proof\"[^}]*} [1-9]");
    }

    @Test
    void supportAndTheMakersPartnersSeeADevicesStateAndOtherMakersPartnersDoNot() {
        TestDevices.Handset handset = TestDevices.provisioned("nordvik", "nordvik-fjord");
        handset.activate().then().statusCode(201);

        given().auth().oauth2(TestTokens.get().forRole("support")).get("/api/devices/" + handset.imei())
                .then().statusCode(200).body("maker", equalTo("nordvik")).body("inUse", equalTo(true))
                .body("activatedAt", equalTo(TestClock.now().toString())).body("verifier", nullValue());
        given().auth().oauth2(TestTokens.get().partner("p-nordvik", "nordvik")).get("/api/devices/" + handset.imei())
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.get().partner("p-lumo", "lumo")).get("/api/devices/" + handset.imei())
                .then().statusCode(404);
    }
}

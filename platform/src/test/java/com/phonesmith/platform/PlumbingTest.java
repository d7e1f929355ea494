package com.phonesmith.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.EventCodec;
import com.phonesmith.contracts.Topics;
import com.phonesmith.contracts.events.Packed;
import com.phonesmith.devstack.testing.KafkaProbe;
import com.phonesmith.devstack.testing.TestInfrastructure;
import com.phonesmith.platform.app.PoisonConsumer;
import com.phonesmith.platform.inbox.Inbox;
import com.phonesmith.platform.outbox.OutboxMessage;
import com.phonesmith.platform.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlumbingTest extends RealInfrastructure {
    @Inject
    Outbox outbox;
    @Inject
    Inbox inbox;
    @Inject
    EventCodec codec;
    @Inject
    PoisonConsumer consumer;

    @Test
    void anEndpointThatDoesNotSayWhoMayCallItIsRefusedToEverybodyAsAProblem() {
        given().get("/test/forgotten")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("detail", containsString("needs a valid bearer token"));
    }

    @Test
    void anEventWrittenToTheOutboxReachesKafkaKeyedByItsOrder() {
        String orderId = "order-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(new Packed(orderId, "350000000000001")));

        List<ConsumerRecord<String, String>> records = KafkaProbe.awaitRecords(Topics.FACTORY_EVENTS,
                r -> orderId.equals(r.key()), 1, Duration.ofSeconds(30));

        assertThat(records).hasSize(1);
        Envelope envelope = codec.parse(records.get(0).value());
        assertThat(envelope.type()).isEqualTo("Packed");
        assertThat(envelope.version()).isEqualTo(1);
        assertThat(envelope.orderId()).isEqualTo(orderId);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>find("messageKey", orderId)
                        .firstResult().sentAt)).isNotNull());
    }

    @Test
    void anEventOfARolledBackTransactionIsNeverWritten() {
        String orderId = "order-" + UUID.randomUUID();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish(new Packed(orderId, "350000000000001"));
                throw new IllegalStateException("the state change failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        long rows = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("messageKey", orderId));
        assertThat(rows).isZero();
    }

    @Test
    void theSameMessageHandledTwiceHasItsEffectOnce() {
        String json = codec.toJson(codec.wrap(new Packed("order-x", "1"), UUID.randomUUID(), Instant.now()));
        AtomicInteger effects = new AtomicInteger();

        boolean first = QuarkusTransaction.requiringNew().call(() -> inbox.handle("test", json, (e, ev) -> effects.incrementAndGet()));
        boolean second = QuarkusTransaction.requiringNew().call(() -> inbox.handle("test", json, (e, ev) -> effects.incrementAndGet()));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(effects).hasValue(1);
    }

    @Test
    void anInboxRowOfAFailedEffectIsRolledBackSoTheMessageCanBeHandledAgain() {
        String json = codec.toJson(codec.wrap(new Packed("order-y", "1"), UUID.randomUUID(), Instant.now()));
        try {
            QuarkusTransaction.requiringNew().run(() -> inbox.handle("test", json, (e, ev) -> {
                throw new IllegalStateException("effect failed");
            }));
        } catch (IllegalStateException expected) {
            // rolled back
        }
        boolean retried = QuarkusTransaction.requiringNew().call(() -> inbox.handle("test", json, (e, ev) -> { }));
        assertThat(retried).isTrue();
    }

    @Test
    void aMessageThatCannotBeHandledGoesToTheDeadLetterTopicWithTheReason() throws Exception {
        String poisonKey = "poison-" + UUID.randomUUID();
        String goodOrder = "good-" + UUID.randomUUID();
        String good = codec.toJson(codec.wrap(new Packed(goodOrder, "1"), UUID.randomUUID(), Instant.now()));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafka().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("platform.poison-test", poisonKey, "{\"type\":\"Nonsense\"}")).get();
            producer.send(new ProducerRecord<>("platform.poison-test", goodOrder, good)).get();
        }

        List<ConsumerRecord<String, String>> dead = KafkaProbe.awaitRecords(Topics.DEAD_LETTERS,
                r -> poisonKey.equals(r.key()), 1, Duration.ofSeconds(60));

        assertThat(dead).hasSize(1);
        String reason = new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertThat(reason).contains("message lacks type, id or payload");
        await().atMost(Duration.ofSeconds(30)).until(() -> consumer.handled().contains(goodOrder));
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        given().contentType("application/json").body("{\"name\": ")
                .when().post("/test/echo")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void aValueOfTheWrongTypeIsAProblemNamingTheField() {
        given().contentType("application/json").body("{\"name\": \"case\", \"quantity\": \"many\"}")
                .when().post("/test/echo")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("quantity"))
                .body("errors[0].reason", containsString("whole number"));
    }

    @Test
    void aConstraintViolationIsAProblemNamingEachField() {
        given().contentType("application/json").body("{\"name\": \"\", \"quantity\": 0, \"tags\": [\"ok\", \"\"]}")
                .when().post("/test/echo")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("quantity"))
                .body("errors.field", hasItem("tags[1]"));
    }

    @Test
    void aMissingBodyIsAProblem() {
        given().contentType("application/json")
                .when().post("/test/echo")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aBusinessRuleProblemKeepsItsStatusAndField() {
        given().contentType("application/json").body("{\"name\": \"forbidden\", \"quantity\": 1}")
                .when().post("/test/echo")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].reason", equalTo("is not sold"));
    }

    @Test
    void anUnexpectedFailureIsAProblemThatLeaksNoDetails() {
        given().contentType("application/json").body("{\"name\": \"crash\", \"quantity\": 1}")
                .when().post("/test/echo")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("detail", equalTo("the service failed unexpectedly; the request was not applied"));
    }

    @Test
    void anUnknownPathIsANotFoundProblem() {
        given().when().get("/nowhere").then().statusCode(404).contentType("application/problem+json");
    }
}

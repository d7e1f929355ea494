package com.phonesmith.workflow.deadletter;

import static com.phonesmith.workflow.support.EventTraffic.command;
import static com.phonesmith.workflow.support.EventTraffic.deadLetters;
import static com.phonesmith.workflow.support.EventTraffic.publish;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.phonesmith.contracts.Topics;
import com.phonesmith.contracts.events.BuildImage;
import com.phonesmith.contracts.events.ImageReady;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.platform.security.Roles;
import com.phonesmith.workflow.RealInfrastructure;
import com.phonesmith.workflow.support.EventTraffic;
import com.phonesmith.workflow.support.Orders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A message that could not be handled reaches support with its reason; support replays it once the cause is gone
 * (the order goes on) or discards it with a note. Through the real broker: the dead letters are those the
 * service's own consumers write.
 */
@QuarkusTest
class DeadLettersTest extends RealInfrastructure {

    @Test
    void aMessageForAnOrderNotYetPlacedIsKeptWithItsReasonAndReplayingItAfterThePlacementMovesTheOrderOn() {
        String orderId = Orders.freshId();
        ImageReady early = Orders.imageReady(orderId);
        publish(early);
        deadLetters(orderId, 1, EventTraffic.WAIT);

        Map<String, Object> letter = awaitOpenDeadLetterOf(orderId);
        assertThat(letter).containsEntry("sourceTopic", Topics.IMAGES_EVENTS).containsEntry("messageType", "ImageReady")
                .containsEntry("status", "OPEN");
        assertThat((String) letter.get("reason")).contains(orderId);
        assertThat(letter).doesNotContainKey("payload");

        publish(Orders.placed(orderId));
        command(orderId, BuildImage.class);
        Number id = (Number) letter.get("id");
        asSupport().contentType("application/json").body(Map.of("note", "placed now"))
                .post("/api/dead-letters/{id}/replay", id)
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("REPLAYED"))
                .body("note", org.hamcrest.Matchers.equalTo("placed now"))
                .body("actedBy", org.hamcrest.Matchers.notNullValue());

        await().atMost(EventTraffic.WAIT).untilAsserted(() -> assertThat(
                Orders.timeline(orderId).getList("entries.type", String.class))
                .contains("MessageReplayed", "ImageReady"));
        assertThat(openDeadLettersOf(orderId)).isEmpty();
        asSupport().contentType("application/json").body(Map.of())
                .post("/api/dead-letters/{id}/replay", id)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aDeadLetterIsDiscardedOnlyWithANoteAndThenLeavesTheOpenList() {
        String orderId = Orders.freshId();
        publish(Orders.imageReady(orderId));
        Number id = (Number) awaitOpenDeadLetterOf(orderId).get("id");

        asSupport().contentType("application/json").body(Map.of("note", " "))
                .post("/api/dead-letters/{id}/discard", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("note"));
        assertThat(openDeadLettersOf(orderId)).hasSize(1);

        asSupport().contentType("application/json").body(Map.of("note", "test order, never placed"))
                .post("/api/dead-letters/{id}/discard", id)
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("DISCARDED"));

        assertThat(openDeadLettersOf(orderId)).isEmpty();
        List<Map<String, Object>> discarded = asSupport().get("/api/dead-letters?status=discarded&limit=500")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(discarded).anyMatch(item -> orderId.equals(item.get("messageKey"))
                && "test order, never placed".equals(item.get("note")));
    }

    @Test
    void anUnknownDeadLetterIsANotFoundProblemAndAnUnknownStatusABadRequestNamingIt() {
        asSupport().contentType("application/json").body(Map.of("note", "x"))
                .post("/api/dead-letters/{id}/discard", Long.MAX_VALUE)
                .then().statusCode(404).contentType("application/problem+json");
        asSupport().get("/api/dead-letters?status=lost").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("status"));
    }

    private static Map<String, Object> awaitOpenDeadLetterOf(String orderId) {
        return await().atMost(EventTraffic.WAIT).until(() -> openDeadLettersOf(orderId), list -> list.size() == 1)
                .get(0);
    }

    private static List<Map<String, Object>> openDeadLettersOf(String orderId) {
        List<Map<String, Object>> items = asSupport().get("/api/dead-letters?limit=500").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(item -> orderId.equals(item.get("messageKey"))).toList();
    }

    private static RequestSpecification asSupport() {
        return given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT)).when();
    }
}

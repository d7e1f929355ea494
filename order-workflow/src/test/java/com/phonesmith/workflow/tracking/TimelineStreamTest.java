package com.phonesmith.workflow.tracking;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.phonesmith.contracts.access.TrackingToken;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.platform.security.Roles;
import com.phonesmith.workflow.RealInfrastructure;
import com.phonesmith.workflow.live.Followers;
import com.phonesmith.workflow.support.EventTraffic;
import com.phonesmith.workflow.support.LiveStream;
import com.phonesmith.workflow.support.Orders;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The live timeline: GET /api/orders/{id}/timeline/stream (server-sent events). */
@QuarkusTest
class TimelineStreamTest extends RealInfrastructure {
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestTokens tokens = TestTokens.get();

    @TestHTTPResource("/")
    URI base;

    @Inject
    Followers followers;

    @Test
    void supportFollowingAnOrderGetsItsTimelineAtOnceThenANoteAddedToItAndHangingUpReleasesTheStream() {
        String orderId = placed("shopper-" + UUID.randomUUID(), "tracking-" + UUID.randomUUID());
        int openBefore = followers.open();

        try (LiveStream stream = open(orderId, bearer(tokens.forRole(Roles.SUPPORT)))) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
            JsonNode first = data(stream.next("timeline", BOUND));
            assertThat(first.path("orderId").asText()).isEqualTo(orderId);
            assertThat(typesOf(first)).contains("OrderPlaced");
            assertThat(followers.following(orderId)).isOne();

            addNote(orderId, "The shopper asked to keep the box");

            LiveStream.Event withNote = stream.next("timeline",
                    e -> detailsOf(data(e)).contains("Note by support (support-ana): The shopper asked to keep the box"),
                    BOUND);
            assertThat(typesOf(data(withNote))).contains("OrderPlaced", "SupportNote");
        }

        await().atMost(BOUND).until(() -> followers.following(orderId) == 0 && followers.open() == openBefore);
    }

    @Test
    void aGuestWithTheTrackingTokenFollowsTheOrderWithoutTheEntriesForStaff() {
        String token = "tracking-" + UUID.randomUUID();
        String orderId = placed(null, token);
        addNote(orderId, "internal: check the payment");
        assertThat(Orders.timeline(orderId).getList("entries.type", String.class)).contains("SupportNote");

        try (LiveStream stream = open(orderId, Map.of(TrackingToken.HEADER, token))) {
            assertThat(stream.status()).isEqualTo(200);
            JsonNode view = data(stream.next("timeline", BOUND));
            assertThat(view.path("orderId").asText()).isEqualTo(orderId);
            assertThat(typesOf(view)).contains("OrderPlaced").doesNotContain("SupportNote");
            assertThat(view.path("mayCancel").asBoolean()).isTrue();
        }
    }

    @Test
    void whoMayNotFollowTheOrderIsToldSoByAProblemBeforeAnyEvent() {
        String token = "tracking-" + UUID.randomUUID();
        String orderId = placed("shopper-" + UUID.randomUUID(), token);

        refused(orderId, bearer(tokens.shopper("shopper-" + UUID.randomUUID())), 404);
        refused(orderId, Map.of(TrackingToken.HEADER, token + "x"), 404);
        refused(orderId, bearer(tokens.forRole(Roles.PARTNER)), 404);
        refused(Orders.freshId(), bearer(tokens.forRole(Roles.SUPPORT)), 404);
        refused(orderId, Map.of(), 401);
        refused(orderId, bearer(tokens.expired(Roles.SUPPORT)), 401);
        JsonNode malformed = refused("not an id!", bearer(tokens.forRole(Roles.SUPPORT)), 400);
        assertThat(malformed.path("errors").path(0).path("field").asText()).isEqualTo("id");
    }

    @Test
    void anIdleStreamSendsAHeartbeatCommentSoThatProxiesKeepTheConnection() {
        String orderId = placed("shopper-" + UUID.randomUUID(), "tracking-" + UUID.randomUUID());

        try (LiveStream stream = open(orderId, bearer(tokens.forRole(Roles.OPERATOR)))) {
            stream.next("timeline", BOUND);
            // the test profile beats every second (phonesmith.workflow.live.heartbeat)
            assertThat(stream.nextComment(BOUND).text()).isEqualTo("heartbeat");
            List<String> lines = stream.lines();
            int event = lines.indexOf("event:timeline");
            assertThat(event).isNotNegative();
            assertThat(lines.get(event + 1)).startsWith("data:{\"orderId\":\"" + orderId + "\"");
            assertThat(lines.get(event + 2)).isEmpty();
            int heartbeat = lines.indexOf(":heartbeat");
            assertThat(heartbeat).isGreaterThan(event);
            // the comment's blank line may still be on its way
            await().atMost(BOUND).until(() -> stream.lines().size() > heartbeat + 1);
            assertThat(stream.lines().get(heartbeat + 1)).isEmpty();
        }
    }

    private String placed(String owner, String token) {
        String orderId = Orders.freshId();
        EventTraffic.publish(Orders.placedBy(orderId, owner, token));
        await().atMost(EventTraffic.WAIT).untilAsserted(() -> Orders.timeline(orderId));
        return orderId;
    }

    private void addNote(String orderId, String text) {
        given().auth().oauth2(tokens.token().subject("support-ana").roles(Roles.SUPPORT).sign())
                .contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/orders/{id}/support/notes", orderId).then().statusCode(204);
    }

    private LiveStream open(String orderId, Map<String, String> headers) {
        return LiveStream.open(base.resolve("/api/orders/" + orderId.replace(" ", "%20").replace("!", "%21")
                + "/timeline/stream"), headers);
    }

    /** Asserts a refusal answered as a problem, with no event; returns the problem. */
    private JsonNode refused(String orderId, Map<String, String> headers, int status) {
        try (LiveStream stream = open(orderId, headers)) {
            assertThat(stream.status()).as("status for " + headers.keySet()).isEqualTo(status);
            assertThat(stream.header("Content-Type")).startsWith("application/problem+json");
            String body = stream.body(BOUND);
            assertThat(stream.lines()).noneMatch(line -> line.startsWith("event:") || line.startsWith("data:"));
            JsonNode problem = parse(body);
            assertThat(problem.path("status").asInt()).isEqualTo(status);
            return problem;
        }
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static JsonNode data(LiveStream.Event event) {
        return parse(event.data());
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    private static List<String> typesOf(JsonNode view) {
        List<String> types = new ArrayList<>();
        view.path("entries").forEach(entry -> types.add(entry.path("type").asText()));
        return types;
    }

    private static List<String> detailsOf(JsonNode view) {
        List<String> details = new ArrayList<>();
        view.path("entries").forEach(entry -> details.add(entry.path("detail").asText()));
        return details;
    }
}

package com.phonesmith.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.DeadLetters;
import com.phonesmith.web.fake.FakeBackend;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.Orders;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Support's dead letters, read from and replayed or discarded at order-workflow with support's own token. */
@QuarkusTest
class SupportDeadLettersTest extends RealInfrastructure {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FakeBackend workflow = FakeBackends.get().workflow();
    private final FakeBackend configurator = FakeBackends.get().configurator();
    private long id;
    private String orderId;

    @BeforeEach
    void anImageReadyOfAnOrderCouldNotBeHandled() {
        id = DeadLetters.freshId();
        orderId = UUID.randomUUID().toString();
        DeadLetters.imageReadyOfOrder(workflow, id, orderId);
    }

    @AfterEach
    void noDeadLettersAndNoOrdersForTheTestsThatFollow() {
        DeadLetters.none(workflow);
        configurator.json("/api/orders", "{\"items\":[],\"page\":0,\"size\":20,\"total\":0}");
    }

    @Test
    void supportSeesTheOpenDeadLettersAboveTheOrdersWithReplayAndDiscardForEach() throws Exception {
        String html = WebSessions.signInDemo("support").given().get("/support").then().statusCode(200).extract()
                .asString();

        assertThat(html).contains("<time datetime=\"2026-12-01T19:30:00Z\">2026-12-01 19:30:00 UTC</time>",
                "<td>images.events</td>", "<td>ImageReady</td>",
                "<a class=\"order-id\" href=\"/orders/" + orderId + "\">" + orderId + "</a>", DeadLetters.REASON,
                "action=\"/support/dead-letters/replay\"", "action=\"/support/dead-letters/discard\"",
                "name=\"id\" value=\"" + id + "\"",
                "<label for=\"discard-note-" + id + "\">",
                "id=\"discard-note-" + id + "\" name=\"note\" type=\"text\" maxlength=\"500\" required",
                "Replay<span class=\"visually-hidden\"> dead letter " + id + "</span>",
                "Discard<span class=\"visually-hidden\"> dead letter " + id + "</span>");
        assertThat(html.indexOf("id=\"dead-letters\"")).isLessThan(html.indexOf("id=\"orders\""));
        FakeBackend.Received list = workflow.lastRequest(DeadLetters.PATH);
        assertThat(list.pathAndQuery()).contains("status=OPEN").contains("limit=100");
        JwtClaims claims = Tokens.verifyBearer(list.header("Authorization"));
        assertThat(claims.getClaimValue("groups")).isEqualTo(List.of("support"));
    }

    @Test
    void aDeadLetterWhosePayloadCouldNotBeReadSaysSoAndAKeyThatIsNoOrderIdIsNoLink() {
        workflow.json(DeadLetters.PATH, """
                {"items":[{"id":%d,"sourceTopic":"factory.events","messageKey":"station-7","messageType":null,\
                "reason":"The payload is not JSON.","receivedAt":"2026-12-01T19:31:00Z","status":"OPEN"}],\
                "total":1}""".formatted(id));

        String html = WebSessions.signInDemo("support").given().get("/support").then().statusCode(200).extract()
                .asString();

        assertThat(html).contains("<td>factory.events</td>", "<td>Unreadable message</td>", "<td>station-7</td>",
                "The payload is not JSON.").doesNotContain("href=\"/orders/station-7\"");
    }

    @Test
    void replayingADeadLetterSendsSupportsTokenAndNoteAndSaysWhatWasReplayed() throws Exception {
        WebSessions.Session support = WebSessions.signInDemo("support");

        String location = support.form().formParam("id", Long.toString(id)).formParam("note", "the order is back")
                .post("/support/dead-letters/replay").then().statusCode(303).extract().header("Location");

        FakeBackend.Received replay = workflow.lastRequest(DeadLetters.replayPath(id));
        assertThat(replay.method()).isEqualTo("POST");
        assertThat(noteIn(replay)).isEqualTo("the order is back");
        JwtClaims claims = Tokens.verifyBearer(replay.header("Authorization"));
        assertThat(claims.getClaimValue("groups")).isEqualTo(List.of("support"));
        assertThat(claims.getClaimValueAsString("preferred_username")).isEqualTo("support");
        assertThat(location).contains("/support?notice=");
        support.given().urlEncodingEnabled(false).get(location).then().statusCode(200)
                .body(containsString("Replayed dead letter " + id + " (ImageReady of order " + orderId + ")."))
                .body(containsString("No dead letters"))
                .body(not(containsString("name=\"id\" value=\"" + id + "\"")));
    }

    @Test
    void aReplayWithoutANoteSendsNone() throws Exception {
        WebSessions.signInDemo("support").form().formParam("id", Long.toString(id))
                .post("/support/dead-letters/replay").then().statusCode(303);

        assertThat(JSON.readTree(workflow.lastRequest(DeadLetters.replayPath(id)).body()).has("note")).isFalse();
    }

    @Test
    void discardingADeadLetterSendsSupportsNoteAndSaysItWasDiscarded() throws Exception {
        WebSessions.Session support = WebSessions.signInDemo("support");

        String location = support.form().formParam("id", Long.toString(id))
                .formParam("note", "  the order was cancelled; nothing to build  ")
                .post("/support/dead-letters/discard").then().statusCode(303).extract().header("Location");

        FakeBackend.Received discard = workflow.lastRequest(DeadLetters.discardPath(id));
        assertThat(discard.method()).isEqualTo("POST");
        assertThat(noteIn(discard)).isEqualTo("the order was cancelled; nothing to build");
        assertThat(Tokens.verifyBearer(discard.header("Authorization")).getClaimValue("groups"))
                .isEqualTo(List.of("support"));
        support.given().urlEncodingEnabled(false).get(location).then().statusCode(200)
                .body(containsString("Discarded dead letter " + id + " (ImageReady of order " + orderId + ")."))
                .body(containsString("No dead letters"));
    }

    @Test
    void discardingWithoutANoteIsAnInputErrorNamingTheNoteAndNothingIsDiscarded() {
        WebSessions.signInDemo("support").form().formParam("id", Long.toString(id)).formParam("note", "   ")
                .post("/support/dead-letters/discard").then().statusCode(400)
                .body(containsString("Note must say why the dead letter is discarded"));

        assertThat(workflow.lastRequest(DeadLetters.discardPath(id))).isNull();
    }

    @Test
    void actingOnADeadLetterThatIsNoLongerOpenSaysNothingWasDone() {
        DeadLetters.noLongerOpen(workflow, id);
        WebSessions.Session support = WebSessions.signInDemo("support");

        for (String action : List.of("replay", "discard")) {
            String location = support.form().formParam("id", Long.toString(id)).formParam("note", "done twice")
                    .post("/support/dead-letters/" + action).then().statusCode(303).extract().header("Location");

            assertThat(location).contains("/support?warning=");
            support.given().urlEncodingEnabled(false).get(location).then().statusCode(200)
                    .body(containsString("Dead letter " + id + " is no longer open, so nothing was done."));
        }
    }

    @Test
    void actingOnADeadLetterOrderWorkflowDoesNotKnowSaysSo() {
        DeadLetters.unknown(workflow, id);
        WebSessions.Session support = WebSessions.signInDemo("support");

        for (String action : List.of("replay", "discard")) {
            String location = support.form().formParam("id", Long.toString(id)).formParam("note", "which one?")
                    .post("/support/dead-letters/" + action).then().statusCode(303).extract().header("Location");

            support.given().urlEncodingEnabled(false).get(location).then().statusCode(200)
                    .body(containsString("Dead letter " + id + " is not known."));
        }
    }

    @Test
    void aReplayOrDiscardWithoutTheFormsCsrfTokenIsRefusedAndNothingIsDone() {
        WebSessions.Session support = WebSessions.signInDemo("support");

        for (String action : List.of("replay", "discard")) {
            support.given().contentType("application/x-www-form-urlencoded").formParam("id", Long.toString(id))
                    .formParam("note", "no token").post("/support/dead-letters/" + action).then().statusCode(403)
                    .body(containsString("This form has expired"));
        }

        assertThat(workflow.lastRequest(DeadLetters.replayPath(id))).isNull();
        assertThat(workflow.lastRequest(DeadLetters.discardPath(id))).isNull();
    }

    @Test
    void aReplayNamingNoDeadLetterIsAnInputError() {
        WebSessions.signInDemo("support").form().formParam("id", "twelve").post("/support/dead-letters/replay")
                .then().statusCode(400).body(containsString("Dead letter must be a number"));
    }

    @Test
    void shoppersAndOperatorsMayNeitherSeeTheDeadLettersNorActOnThem() {
        for (String role : List.of("shopper", "operator")) {
            WebSessions.Session session = WebSessions.signInDemo(role);
            session.given().get("/support").then().statusCode(403);
            for (String action : List.of("replay", "discard")) {
                session.form().formParam("id", Long.toString(id)).formParam("note", "not mine to do")
                        .post("/support/dead-letters/" + action).then().statusCode(403);
            }
        }
        assertThat(workflow.lastRequest(DeadLetters.replayPath(id))).isNull();
        assertThat(workflow.lastRequest(DeadLetters.discardPath(id))).isNull();
    }

    @Test
    void withoutOrderWorkflowThePageStillShowsTheOrdersAndSaysTheDeadLettersCouldNotBeLoaded() {
        String placed = Orders.freshId();
        configurator.json("/api/orders", "{\"items\":[" + Orders.order(placed, "PLACED")
                + "],\"page\":0,\"size\":25,\"total\":1}");
        WebSessions.Session support = WebSessions.signInDemo("support");

        try (FakeBackend.Outage outage = workflow.outage()) {
            support.given().get("/support").then().statusCode(200)
                    .body(containsString("href=\"/orders/" + placed + "\""))
                    .body(containsString("The dead letters could not be loaded"))
                    .body(not(containsString("id=\"dead-letters\"")));
        }
    }

    private static String noteIn(FakeBackend.Received request) throws Exception {
        JsonNode body = JSON.readTree(request.body());
        return body.path("note").asText(null);
    }
}

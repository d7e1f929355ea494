package com.phonesmith.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.FakeBackend;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.Incidents;
import com.phonesmith.web.fake.Orders;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Support's open incidents, read from and retried at order-workflow with support's own token. */
@QuarkusTest
class SupportIncidentsTest extends RealInfrastructure {
    private final FakeBackend workflow = FakeBackends.get().workflow();
    private final FakeBackend configurator = FakeBackends.get().configurator();
    private String orderId;
    private String incidentId;

    @BeforeEach
    void anOrderWaitsForAnImageWhoseBuildFailed() {
        orderId = Orders.freshId();
        incidentId = "inc-" + UUID.randomUUID();
        Incidents.imageBuildFailed(workflow, orderId, incidentId);
    }

    @AfterEach
    void noIncidentsAndNoOrdersForTheTestsThatFollow() {
        Incidents.none(workflow);
        configurator.json("/api/orders", "{\"items\":[],\"page\":0,\"size\":20,\"total\":0}");
    }

    @Test
    void supportSeesTheOpenIncidentsAboveTheOrdersWithRetryCancelAndNoteForEach() throws Exception {
        String html = WebSessions.signInDemo("support").given().get("/support").then().statusCode(200).extract()
                .asString();

        assertThat(html).contains("<a class=\"order-id\" href=\"/orders/" + orderId + "\">", "<td>Image ready</td>",
                Incidents.MESSAGE, "<time datetime=\"2026-12-01T19:30:00Z\">2026-12-01 19:30:00 UTC</time>",
                "name=\"orderId\" value=\"" + orderId + "\"", "name=\"incidentId\" value=\"" + incidentId + "\"",
                "Retry<span class=\"visually-hidden\"> order " + orderId + "</span>",
                "<a class=\"cancel-link\" href=\"/support/orders/" + orderId + "/cancel\">",
                "<a class=\"note-link\" href=\"/orders/" + orderId + "#add-note\">");
        assertThat(html.indexOf("id=\"incidents\"")).isLessThan(html.indexOf("id=\"orders\""));
        JwtClaims claims = Tokens.verifyBearer(workflow.lastRequest(Incidents.PATH).header("Authorization"));
        assertThat(claims.getClaimValue("groups")).isEqualTo(List.of("support"));
    }

    @Test
    void retryingAnIncidentAsksOrderWorkflowWithSupportsTokenAndSaysWhatWasSentAgain() throws Exception {
        WebSessions.Session support = WebSessions.signInDemo("support");

        String location = support.form().formParam("orderId", orderId).formParam("incidentId", incidentId)
                .post("/support/incidents/retry").then().statusCode(303).extract().header("Location");

        FakeBackend.Received retry = workflow.lastRequest(Incidents.retryPath(orderId, incidentId));
        assertThat(retry.method()).isEqualTo("POST");
        JwtClaims claims = Tokens.verifyBearer(retry.header("Authorization"));
        assertThat(claims.getClaimValue("groups")).isEqualTo(List.of("support"));
        assertThat(claims.getClaimValueAsString("preferred_username")).isEqualTo("support");
        assertThat(location).contains("/support?notice=");
        support.given().urlEncodingEnabled(false).get(location).then().statusCode(200)
                .body(containsString("Retried order " + orderId + ": BuildImage sent again."))
                .body(containsString("No open incidents"))
                .body(not(containsString("value=\"" + incidentId + "\"")));
    }

    @Test
    void retryingAnIncidentThatWasResolvedMeanwhileSaysItIsNoLongerOpen() {
        Incidents.resolvedMeanwhile(workflow, orderId, incidentId);
        WebSessions.Session support = WebSessions.signInDemo("support");

        String location = support.form().formParam("orderId", orderId).formParam("incidentId", incidentId)
                .post("/support/incidents/retry").then().statusCode(303).extract().header("Location");

        support.given().urlEncodingEnabled(false).get(location).then().statusCode(200)
                .body(containsString("That incident is no longer open (order " + orderId + ")"));
    }

    @Test
    void aRetryWithoutTheFormsCsrfTokenIsRefusedAndNothingIsRetried() {
        WebSessions.Session support = WebSessions.signInDemo("support");

        support.given().contentType("application/x-www-form-urlencoded").formParam("orderId", orderId)
                .formParam("incidentId", incidentId).post("/support/incidents/retry").then().statusCode(403)
                .body(containsString("This form has expired"));

        assertThat(workflow.lastRequest(Incidents.retryPath(orderId, incidentId))).isNull();
    }

    @Test
    void aRetryNamingNoIncidentIsAnInputError() {
        WebSessions.signInDemo("support").form().formParam("orderId", orderId).post("/support/incidents/retry")
                .then().statusCode(400).body(containsString("Incident"));
    }

    @Test
    void shoppersAndOperatorsMayNeitherSeeTheIncidentsNorRetryThem() {
        for (String role : List.of("shopper", "operator")) {
            WebSessions.Session session = WebSessions.signInDemo(role);
            session.given().get("/support").then().statusCode(403);
            session.form().formParam("orderId", orderId).formParam("incidentId", incidentId)
                    .post("/support/incidents/retry").then().statusCode(403);
        }
        assertThat(workflow.lastRequest(Incidents.retryPath(orderId, incidentId))).isNull();
    }

    @Test
    void withoutOrderWorkflowThePageStillShowsTheOrdersAndSaysTheIncidentsCouldNotBeLoaded() {
        String placed = Orders.freshId();
        configurator.json("/api/orders", "{\"items\":[" + Orders.order(placed, "PLACED")
                + "],\"page\":0,\"size\":25,\"total\":1}");
        WebSessions.Session support = WebSessions.signInDemo("support");

        try (FakeBackend.Outage outage = workflow.outage()) {
            support.given().get("/support").then().statusCode(200)
                    .body(containsString("href=\"/orders/" + placed + "\""))
                    .body(containsString("The open incidents could not be loaded"))
                    .body(not(containsString("id=\"incidents\"")));
        }
    }
}

package com.phonesmith.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.EscalatedOrder;
import com.phonesmith.web.fake.Escalations;
import com.phonesmith.web.fake.FakeBackend;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.Orders;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Support's "At risk" and "Promise breached" lists, read from order-workflow with support's own token, and their
 * Expedite button.
 */
@QuarkusTest
class SupportEscalationsTest extends RealInfrastructure {
    private final FakeBackend workflow = FakeBackends.get().workflow();

    @AfterEach
    void noEscalatedOrdersForTheTestsThatFollow() {
        Escalations.none();
    }

    @Test
    void supportSeesTheOrdersAtRiskAndThosePastTheirPromiseWithTheirDatesAndWhoExpeditedThem() throws Exception {
        EscalatedOrder atRisk = EscalatedOrder.atRisk();
        EscalatedOrder expedited = EscalatedOrder.atRisk().expeditedBefore("support-ana");
        EscalatedOrder breached = EscalatedOrder.breached();

        String html = WebSessions.signInDemo("support").given().get("/support").then().statusCode(200).extract()
                .asString();

        String atRiskList = table(html, "at-risk");
        String breachedList = table(html, "breached");
        assertThat(atRiskList).contains("Orders in the factory whose remaining work no longer fits before they must"
                + " ship (2)", "<a class=\"order-id\" href=\"/orders/" + atRisk.id() + "\">",
                "<strong class=\"status status-progress\">Handset reserved</strong>",
                "<time datetime=\"2026-12-05\">Saturday 5 December</time>",
                "<time datetime=\"2026-12-04T00:00:00Z\">2026-12-04 00:00:00 UTC</time>",
                "<time datetime=\"2026-12-02T10:00:00Z\">2026-12-02 10:00:00 UTC</time>",
                "name=\"orderId\" value=\"" + atRisk.id() + "\"",
                "Expedite<span class=\"visually-hidden\"> order " + atRisk.id() + "</span>",
                "<a class=\"cancel-link\" href=\"/support/orders/" + atRisk.id() + "/cancel\">",
                "<a class=\"note-link\" href=\"/orders/" + atRisk.id() + "#add-note\">",
                "<strong>Expedited</strong> by support-ana on <time datetime=\"2026-12-02T11:00:00Z\">")
                .doesNotContain("value=\"" + expedited.id() + "\"", breached.id(), "the newest");
        assertThat(atRiskList.indexOf(expedited.id())).as("newest first").isLessThan(atRiskList.indexOf(atRisk.id()));
        assertThat(breachedList).contains("Orders not delivered by the day promised (1)",
                "<a class=\"order-id\" href=\"/orders/" + breached.id() + "\">",
                "<strong class=\"status status-done\">Shipped</strong>",
                "<time datetime=\"2026-12-06T00:00:00Z\">2026-12-06 00:00:00 UTC</time>",
                "name=\"orderId\" value=\"" + breached.id() + "\"", "Not expedited")
                .doesNotContain(atRisk.id());
        assertThat(html.indexOf("id=\"incidents\"")).isLessThan(html.indexOf("id=\"at-risk\""));
        assertThat(html.indexOf("id=\"breached\"")).isLessThan(html.indexOf("id=\"orders\""));
        FakeBackend.Received request = workflow.lastRequest(Escalations.PATH);
        assertThat(request.pathAndQuery()).isIn(Escalations.PATH + "?kind=AT_RISK&limit=100",
                Escalations.PATH + "?kind=BREACHED&limit=100");
        JwtClaims claims = Tokens.verifyBearer(request.header("Authorization"));
        assertThat(claims.getClaimValue("groups")).isEqualTo(List.of("support"));
    }

    @Test
    void whenOrderWorkflowCountsMoreOrdersThanItListsTheListSaysHowManyItShows() {
        EscalatedOrder.atRisk();
        Escalations.alsoCounting(Escalations.AT_RISK, 140);

        String html = WebSessions.signInDemo("support").given().get("/support").then().statusCode(200).extract()
                .asString();

        assertThat(table(html, "at-risk")).contains("no longer fits before they must ship (141): the newest 1 shown");
        assertThat(table(html, "breached")).contains("Orders not delivered by the day promised (0)</caption>",
                "No promise is breached");
    }

    @Test
    void expeditingAnOrderAtRiskAsksOrderWorkflowWithSupportsTokenAndTheRowThenShowsItExpedited() throws Exception {
        EscalatedOrder order = EscalatedOrder.atRisk();
        WebSessions.Session support = WebSessions.signInDemo("support");

        String location = support.form().formParam("orderId", order.id()).post("/support/escalations/expedite")
                .then().statusCode(303).extract().header("Location");

        FakeBackend.Received expedite = workflow.lastRequest(order.expeditePath());
        assertThat(expedite.method()).isEqualTo("POST");
        JwtClaims claims = Tokens.verifyBearer(expedite.header("Authorization"));
        assertThat(claims.getClaimValue("groups")).isEqualTo(List.of("support"));
        assertThat(order.expedited()).isTrue();
        assertThat(location).contains("/support?notice=");
        String html = support.given().urlEncodingEnabled(false).get(location).then().statusCode(200).extract()
                .asString();
        assertThat(html).contains("<p class=\"notice\" role=\"status\" id=\"notice\">Expedited order " + order.id()
                + ": the factory now builds it ahead of every order that is not expedited.</p>");
        assertThat(table(html, "at-risk")).contains("<strong>Expedited</strong> by support on ")
                .doesNotContain("name=\"orderId\" value=\"" + order.id() + "\"");
    }

    @Test
    void expeditingAnOrderSomebodyElseExpeditedSaysSoAndChangesNothing() {
        EscalatedOrder order = EscalatedOrder.atRisk().expeditedBefore("support-ana");
        WebSessions.Session support = WebSessions.signInDemo("support");

        String location = support.form().formParam("orderId", order.id()).post("/support/escalations/expedite")
                .then().statusCode(303).extract().header("Location");

        support.given().urlEncodingEnabled(false).get(location).then().statusCode(200)
                .body(containsString("Order " + order.id() + " was already expedited by support-ana on"
                        + " 2026-12-02 11:00:00 UTC, so nothing changed."));
    }

    @Test
    void expeditingAnOrderThatHasShippedShowsOrderWorkflowsReason() {
        EscalatedOrder order = EscalatedOrder.breached();
        WebSessions.Session support = WebSessions.signInDemo("support");

        String location = support.form().formParam("orderId", order.id()).post("/support/escalations/expedite")
                .then().statusCode(303).extract().header("Location");

        assertThat(location).contains("/support?warning=");
        support.given().urlEncodingEnabled(false).get(location).then().statusCode(200)
                .body(containsString("<p class=\"notice warning\" role=\"alert\" id=\"warning\">Order " + order.id()
                        + " was not expedited: " + EscalatedOrder.SHIPPED + ".</p>"));
        assertThat(order.expedited()).isFalse();
    }

    @Test
    void expeditingAnOrderOrderWorkflowDoesNotKnowSaysSo() {
        String unknown = Orders.freshId();
        WebSessions.Session support = WebSessions.signInDemo("support");

        String location = support.form().formParam("orderId", unknown).post("/support/escalations/expedite")
                .then().statusCode(303).extract().header("Location");

        support.given().urlEncodingEnabled(false).get(location).then().statusCode(200)
                .body(containsString("Order " + unknown + " is not known to order-workflow, so it was not expedited."));
    }

    @Test
    void anExpediteWithoutTheFormsCsrfTokenIsRefusedAndNothingIsExpedited() {
        EscalatedOrder order = EscalatedOrder.atRisk();

        WebSessions.signInDemo("support").given().contentType("application/x-www-form-urlencoded")
                .formParam("orderId", order.id()).post("/support/escalations/expedite").then().statusCode(403)
                .body(containsString("This form has expired"));

        assertThat(workflow.lastRequest(order.expeditePath())).isNull();
    }

    @Test
    void anExpediteNamingNoOrderIsAnInputError() {
        WebSessions.signInDemo("support").form().post("/support/escalations/expedite").then().statusCode(400)
                .body(containsString("Order"));
    }

    @Test
    void shoppersGet403AndGuestsAreAskedToSignInAndNothingIsExpedited() {
        EscalatedOrder order = EscalatedOrder.atRisk();
        WebSessions.Session shopper = WebSessions.signInDemo("shopper");

        shopper.form().formParam("orderId", order.id()).post("/support/escalations/expedite").then().statusCode(403);
        WebSessions.Csrf guest = WebSessions.newBrowser();
        guest.given().contentType("application/x-www-form-urlencoded").formParam("csrf", guest.token())
                .formParam("orderId", order.id()).post("/support/escalations/expedite").then().statusCode(303)
                .header("Location", containsString("/login"));

        assertThat(workflow.lastRequest(order.expeditePath())).isNull();
    }

    @Test
    void withoutOrderWorkflowThePageSaysTheEscalatedOrdersCouldNotBeLoaded() {
        WebSessions.Session support = WebSessions.signInDemo("support");

        try (FakeBackend.Outage outage = workflow.outage()) {
            support.given().get("/support").then().statusCode(200)
                    .body(containsString("The orders at risk could not be loaded"))
                    .body(containsString("The orders past their promise could not be loaded"))
                    .body(not(containsString("id=\"at-risk\"")));
        }
    }

    @Test
    void whenOrderWorkflowIsDownAnExpediteShowsTheUnavailablePage() {
        EscalatedOrder order = EscalatedOrder.atRisk();
        WebSessions.Session support = WebSessions.signInDemo("support");

        try (FakeBackend.Outage outage = workflow.outage()) {
            support.form().formParam("orderId", order.id()).post("/support/escalations/expedite").then()
                    .statusCode(503).body(containsString("order-workflow")).body(not(containsString("Exception")));
        }
        assertThat(order.expedited()).isFalse();
    }

    /** The HTML of the table with this id. */
    private static String table(String html, String id) {
        int start = html.indexOf("<table class=\"data-table escalations\" id=\"" + id + "\">");
        assertThat(start).as("table " + id).isNotNegative();
        return html.substring(start, html.indexOf("</table>", start));
    }
}

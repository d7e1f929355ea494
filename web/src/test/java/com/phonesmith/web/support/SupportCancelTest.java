package com.phonesmith.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.CancellableOrder;
import com.phonesmith.web.fake.FakeBackend;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.Orders;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Support's "Cancel with refund": a reason is required, order-workflow is asked with support's own token. */
@QuarkusTest
class SupportCancelTest extends RealInfrastructure {
    private final FakeBackend workflow = FakeBackends.get().workflow();
    private final FakeBackend configurator = FakeBackends.get().configurator();

    @AfterEach
    void noOrdersListedForTheTestsThatFollow() {
        configurator.json("/api/orders", "{\"items\":[],\"page\":0,\"size\":20,\"total\":0}");
    }

    @Test
    void supportCancelsAnOrderWhoseFlashingHasStartedSayingWhyAndReadsThatItIsCancelled() throws Exception {
        CancellableOrder order = CancellableOrder.ofShopper("somebody").flashingStarted();
        WebSessions.Session support = WebSessions.signInDemo("support");

        String form = support.given().get("/support/orders/" + order.id() + "/cancel").then().statusCode(200)
                .extract().asString();
        assertThat(form).contains("<form action=\"/support/orders/" + order.id() + "/cancel\" method=\"post\"",
                "Why is the order cancelled? (required)", "name=\"csrf\"", "This cannot be undone.",
                "<dd>ada@example.org</dd>", "Flashing");

        String location = support.form().formParam("reason", "handset damaged at the bench")
                .post("/support/orders/" + order.id() + "/cancel").then().statusCode(303).extract()
                .header("Location");

        FakeBackend.Received cancel = workflow.lastRequest(order.cancelPath());
        assertThat(cancel.body()).isEqualTo("{\"reason\":\"handset damaged at the bench\"}");
        JwtClaims claims = Tokens.verifyBearer(cancel.header("Authorization"));
        assertThat(claims.getClaimValue("groups")).isEqualTo(List.of("support"));
        assertThat(order.cancellation()).get().extracting(c -> c.path("cancelledBy").asText()).isEqualTo("support");
        assertThat(location).contains("/support?notice=");
        support.given().urlEncodingEnabled(false).get(location).then().statusCode(200)
                .body(containsString("Cancelled order " + order.id() + " (handset damaged at the bench)."
                        + " order-workflow releases its handset and factory slot and voids or refunds its payment."));
    }

    @Test
    void supportWithoutAReasonGetsTheFormAgainWithTheErrorBesideTheFieldAndNothingIsCancelled() {
        CancellableOrder order = CancellableOrder.ofShopper("somebody");

        String html = WebSessions.signInDemo("support").form().formParam("reason", "   ")
                .post("/support/orders/" + order.id() + "/cancel").then().statusCode(400)
                .contentType(containsString("text/html")).extract().asString();

        assertThat(html).contains("<form action=\"/support/orders/" + order.id() + "/cancel\"", "aria-invalid=\"true\"",
                "<p class=\"field-error\" id=\"cancel-reason-error\" role=\"alert\">Say why the order is cancelled:"
                        + " the shopper is told, and it stays with the order.</p>")
                .doesNotContain("Exception");
        assertThat(workflow.lastRequest(order.cancelPath())).isNull();
    }

    @Test
    void aDeliveredOrderIsNotOfferedAndARefusedCancelComesBackWithOrderWorkflowsReason() {
        CancellableOrder order = CancellableOrder.ofShopper("somebody").delivered();
        WebSessions.Session support = WebSessions.signInDemo("support");

        support.given().get("/support/orders/" + order.id() + "/cancel").then().statusCode(200)
                .body(containsString("order-workflow does not let support cancel this order now (status: Delivered)"))
                .body(not(containsString("<form action=\"/support/orders/")));
        String location = support.form().formParam("reason", "late").post("/support/orders/" + order.id() + "/cancel")
                .then().statusCode(303).extract().header("Location");

        support.given().urlEncodingEnabled(false).get(location).then().statusCode(200)
                .body(containsString("Order " + order.id() + " was not cancelled: the order was delivered."));
        assertThat(order.cancellation()).isEmpty();
    }

    @Test
    void supportCancellingAnOrderTheShopperCancelledReadsThatItWasAlreadyCancelled() {
        CancellableOrder order = CancellableOrder.ofShopper("shopper");
        WebSessions.signInDemo("shopper").form().formParam("reason", "changed my mind")
                .post("/orders/" + order.id() + "/cancel").then().statusCode(303);
        WebSessions.Session support = WebSessions.signInDemo("support");

        support.given().get("/support/orders/" + order.id() + "/cancel").then().statusCode(200)
                .body(containsString("This order is already cancelled."));
        String location = support.form().formParam("reason", "customer called")
                .post("/support/orders/" + order.id() + "/cancel").then().statusCode(303).extract().header("Location");

        support.given().urlEncodingEnabled(false).get(location).then().statusCode(200)
                .body(containsString("Order " + order.id() + " was already cancelled by shopper on "))
                .body(containsString("(changed my mind), so nothing changed."));
    }

    @Test
    void shoppersMayNeitherOpenNorSendSupportsCancelFormAndGuestsAreAskedToSignIn() {
        CancellableOrder order = CancellableOrder.ofShopper("shopper");
        WebSessions.Session shopper = WebSessions.signInDemo("shopper");

        shopper.given().get("/support/orders/" + order.id() + "/cancel").then().statusCode(403);
        shopper.form().formParam("reason", "I am support now").post("/support/orders/" + order.id() + "/cancel")
                .then().statusCode(403);
        WebSessions.Csrf guest = WebSessions.newBrowser();
        guest.given().contentType("application/x-www-form-urlencoded").formParam("csrf", guest.token())
                .formParam("reason", "guess").post("/support/orders/" + order.id() + "/cancel").then()
                .statusCode(303).header("Location", containsString("/login"));

        assertThat(workflow.lastRequest(order.cancelPath())).isNull();
    }

    @Test
    void supportsOrderListAndTheOrdersPageLeadToTheCancelForm() {
        CancellableOrder order = CancellableOrder.ofShopper("somebody");
        configurator.json("/api/orders", "{\"items\":[" + Orders.order(order.id(), "PLACED")
                + "],\"page\":0,\"size\":25,\"total\":1}");
        WebSessions.Session support = WebSessions.signInDemo("support");

        support.given().get("/support").then().statusCode(200)
                .body(containsString("<a class=\"cancel-link\" href=\"/support/orders/" + order.id() + "/cancel\">"
                        + "Cancel with refund<span class=\"visually-hidden\"> order " + order.id() + "</span></a>"));
        String page = support.given().get("/orders/" + order.id()).then().statusCode(200).extract().asString();

        assertThat(page).contains("<a class=\"button-link\" href=\"/support/orders/" + order.id() + "/cancel\">"
                + "Cancel with refund</a>").doesNotContain("Cancel the order for good");
    }

    @Test
    void anOrderNobodyKnowsIsANotFoundPage() {
        WebSessions.signInDemo("support").given().get("/support/orders/" + Orders.freshId() + "/cancel").then()
                .statusCode(404).body(containsString("Order not found"));
    }

    @Test
    void whenOrderWorkflowIsDownSupportsCancelShowsTheUnavailablePage() {
        CancellableOrder order = CancellableOrder.ofShopper("somebody");
        WebSessions.Session support = WebSessions.signInDemo("support");

        try (FakeBackend.Outage outage = workflow.outage()) {
            support.form().formParam("reason", "stuck").post("/support/orders/" + order.id() + "/cancel").then()
                    .statusCode(503).body(containsString("order-workflow")).body(not(containsString("Exception")));
        }
        assertThat(order.cancellation()).isEmpty();
    }
}

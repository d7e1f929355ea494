package com.phonesmith.web.order;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.CancellableOrder;
import com.phonesmith.web.fake.FakeBackend;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.support.Tokens;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/**
 * The shopper's "Cancel the order" form on the order page, against order-workflow's rules as the fake plays them:
 * shown while order-workflow says the viewer may cancel, sent with the shopper's token or a guest's tracking token,
 * its refusals shown on the page.
 */
@QuarkusTest
class CancelOrderTest extends RealInfrastructure {
    static final String GUEST_TOKEN = "guest-tracking-token-of-the-cancel-tests-0123";

    private final FakeBackend workflow = FakeBackends.get().workflow();

    @Test
    void aShopperCancelsTheirOrderAndSeesItCancelledAndThenThatNothingWasCharged() throws Exception {
        CancellableOrder order = CancellableOrder.ofShopper("shopper");
        WebSessions.Session shopper = WebSessions.signInDemo("shopper");

        String page = shopper.given().get("/orders/" + order.id()).then().statusCode(200).extract().asString();
        assertThat(page).contains("<form action=\"/orders/" + order.id() + "/cancel\" method=\"post\"",
                "Cancelling cannot be undone.", "name=\"csrf\"", "Cancel the order for good");

        String location = shopper.form().formParam("reason", "changed my mind")
                .post("/orders/" + order.id() + "/cancel").then().statusCode(303).extract().header("Location");

        assertThat(location).endsWith("/orders/" + order.id() + "?cancelled=1");
        FakeBackend.Received cancel = workflow.lastRequest(order.cancelPath());
        assertThat(cancel.method()).isEqualTo("POST");
        assertThat(cancel.body()).isEqualTo("{\"reason\":\"changed my mind\"}");
        JwtClaims claims = Tokens.verifyBearer(cancel.header("Authorization"));
        assertThat(claims.getClaimValue("groups")).isEqualTo(List.of("shopper"));
        assertThat(claims.getClaimValueAsString("preferred_username")).isEqualTo("shopper");

        String cancelled = shopper.given().get(location).then().statusCode(200).extract().asString();
        assertThat(cancelled).contains("Your order is cancelled", "class=\"status status-ended\">Cancelled</strong>",
                "cancelled by the shopper: changed my mind", "id=\"payment-pending\"",
                "data-live=\"true\"").doesNotContain("Cancel the order for good");

        order.paymentReleased(CancellableOrder.VOIDED);
        String fragment = shopper.given().get("/orders/" + order.id() + "/timeline").then().statusCode(200).extract()
                .asString();
        assertThat(fragment).contains("<strong id=\"payment-released\">Nothing was charged: the hold on your payment"
                + " was released.</strong>", "hold voided: nothing was charged", "data-live=\"false\"");
    }

    @Test
    void theAddressAloneDoesNotMakeAnOrderLookCancelled() {
        CancellableOrder order = CancellableOrder.ofShopper("shopper");

        WebSessions.signInDemo("shopper").given().get("/orders/" + order.id() + "?cancelled=1").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("Your order is cancelled")))
                .body(containsString("Cancel the order for good"));
    }

    @Test
    void aShopperSeesNoCancelFormOnceFlashingHasStarted() {
        CancellableOrder order = CancellableOrder.ofShopper("shopper").flashingStarted();

        WebSessions.signInDemo("shopper").given().get("/orders/" + order.id()).then().statusCode(200)
                .body(containsString("FlashingStarted"))
                .body(org.hamcrest.Matchers.not(containsString("/cancel\"")));
    }

    @Test
    void aGuestWithTheTrackingLinkCancelsTheOrderWithItsTrackingTokenAlone() {
        CancellableOrder order = CancellableOrder.ofGuest(GUEST_TOKEN);
        WebSessions.Csrf guest = WebSessions.newBrowser();

        String page = guest.given().get("/orders/" + order.id() + "?token=" + GUEST_TOKEN).then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("<input type=\"hidden\" name=\"token\" value=\"" + GUEST_TOKEN + "\">",
                "Cancel the order for good");

        guest.given().contentType("application/x-www-form-urlencoded").formParam("csrf", guest.token())
                .formParam("token", GUEST_TOKEN).formParam("reason", "")
                .post("/orders/" + order.id() + "/cancel").then().statusCode(303)
                .header("Location", endsWith("/orders/" + order.id() + "?token=" + GUEST_TOKEN + "&cancelled=1"));

        FakeBackend.Received cancel = workflow.lastRequest(order.cancelPath());
        assertThat(cancel.header("Order-Token")).isEqualTo(GUEST_TOKEN);
        assertThat(cancel.header("Authorization")).isNull();
        assertThat(cancel.body()).isEqualTo("{\"reason\":null}");
        assertThat(order.cancellation()).get().extracting(c -> c.path("cancelledBy").asText()).isEqualTo("shopper");
        given().get("/orders/" + order.id() + "?token=" + GUEST_TOKEN).then().statusCode(200)
                .body(containsString("class=\"status status-ended\">Cancelled</strong>"));
    }

    @Test
    void whenFlashingStartedMeanwhileTheShopperReadsWhyTheOrderWasNotCancelled() {
        CancellableOrder order = CancellableOrder.ofShopper("shopper");
        WebSessions.Session shopper = WebSessions.signInDemo("shopper");
        shopper.given().get("/orders/" + order.id()).then().statusCode(200)
                .body(containsString("Cancel the order for good"));
        order.flashingStarted();

        String html = shopper.form().formParam("reason", "too slow").post("/orders/" + order.id() + "/cancel")
                .then().statusCode(409).contentType(containsString("text/html")).extract().asString();

        assertThat(html).contains("<h1>Order <span class=\"order-id\">" + order.id() + "</span></h1>",
                "Your order was not cancelled", "Flashing has started: only support can cancel it now.")
                .doesNotContain("Exception", "Cancel the order for good");
        assertThat(order.cancellation()).isEmpty();
    }

    @Test
    void cancellingTwiceLandsOnTheCancelledOrderBothTimes() {
        CancellableOrder order = CancellableOrder.ofShopper("shopper");
        WebSessions.Session shopper = WebSessions.signInDemo("shopper");

        for (int attempt = 0; attempt < 2; attempt++) {
            shopper.form().formParam("reason", "double click").post("/orders/" + order.id() + "/cancel").then()
                    .statusCode(303).header("Location", endsWith("?cancelled=1"));
        }
        assertThat(order.cancellation()).get().extracting(c -> c.path("reason").asText()).isEqualTo("double click");
    }

    @Test
    void aReasonLongerThanOrderWorkflowTakesIsShownBesideTheFieldAndNotSent() {
        CancellableOrder order = CancellableOrder.ofShopper("shopper");
        WebSessions.Session shopper = WebSessions.signInDemo("shopper");

        String html = shopper.form().formParam("reason", "x".repeat(501)).post("/orders/" + order.id() + "/cancel")
                .then().statusCode(400).extract().asString();

        assertThat(html).contains("<details open>", "aria-invalid=\"true\"",
                "<p class=\"field-error\" id=\"cancel-reason-error\" role=\"alert\">Your reason must be at most 500"
                        + " characters long.</p>", "x".repeat(501) + "</textarea>");
        assertThat(workflow.lastRequest(order.cancelPath())).isNull();
    }

    @Test
    void aCancelWithoutTheFormsCsrfTokenIsRefusedAndNothingIsCancelled() {
        CancellableOrder order = CancellableOrder.ofShopper("shopper");

        WebSessions.signInDemo("shopper").given().contentType("application/x-www-form-urlencoded")
                .formParam("reason", "forged").post("/orders/" + order.id() + "/cancel").then().statusCode(403)
                .body(containsString("This form has expired"));

        assertThat(workflow.lastRequest(order.cancelPath())).isNull();
    }

    @Test
    void aGuestWithoutTheTrackingLinkIsAskedToSignInAndNothingIsCancelled() {
        CancellableOrder order = CancellableOrder.ofGuest(GUEST_TOKEN);
        WebSessions.Csrf guest = WebSessions.newBrowser();

        guest.given().contentType("application/x-www-form-urlencoded").formParam("csrf", guest.token())
                .post("/orders/" + order.id() + "/cancel").then().statusCode(303)
                .header("Location", endsWith("/login?next=%2Forders%2F" + order.id()));

        assertThat(workflow.lastRequest(order.cancelPath())).isNull();
    }

    @Test
    void anotherShoppersOrderIsNotFoundAndStaysAsItWas() {
        CancellableOrder order = CancellableOrder.ofShopper("somebody-else");

        WebSessions.signInDemo("shopper").form().post("/orders/" + order.id() + "/cancel").then().statusCode(404)
                .body(containsString("Order not found"));

        assertThat(order.cancellation()).isEmpty();
    }

    @Test
    void whenOrderWorkflowIsDownCancellingShowsTheUnavailablePage() {
        CancellableOrder order = CancellableOrder.ofShopper("shopper");
        WebSessions.Session shopper = WebSessions.signInDemo("shopper");

        try (FakeBackend.Outage outage = workflow.outage()) {
            shopper.form().post("/orders/" + order.id() + "/cancel").then().statusCode(503)
                    .body(containsString("This page needs order-workflow, which is unavailable right now."))
                    .body(org.hamcrest.Matchers.not(containsString("Exception")));
        }
    }
}

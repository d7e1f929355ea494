package com.phonesmith.web.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.FakeBackend;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.Orders;
import com.phonesmith.web.support.Tokens;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/** Ordering from the order form: as a guest (web orders for them as a service) or as a signed-in shopper. */
@QuarkusTest
class CheckoutTest extends RealInfrastructure {
    static final String TRACKING_TOKEN = "tracking-token-of-the-checkout-test-012345";

    private final FakeBackends backends = FakeBackends.get();

    @Test
    void aGuestsOrderIsPlacedByWebOnTheirBehalfAndLeadsToTheTrackingLink() throws Exception {
        String id = Orders.freshId();
        backends.configurator().answerPost("/api/orders", 201, "application/json", placedOrder(id), Map.of());
        WebSessions.Csrf browser = WebSessions.newBrowser();

        Response answer = order(browser.given().formParam("csrf", browser.token()), "lumo-one|coral|128");

        answer.then().statusCode(303);
        assertThat(answer.header("Location")).endsWith("/orders/" + id + "?token=" + TRACKING_TOKEN + "&placed=1");
        FakeBackend.Received sent = backends.configurator().lastRequest("/api/orders");
        JwtClaims claims = Tokens.verifyBearer(sent.header("Authorization"));
        assertThat(claims.getClaimValue("groups")).isEqualTo(List.of("service"));
        assertThat(claims.getClaimValueAsString("client_ip")).isNotBlank();
        assertThat(sent.header("Idempotency-Key")).isEqualTo("key-of-this-form-1");
        assertThat(sent.body()).contains("\"model\":\"lumo-one\"", "\"colour\":\"coral\"", "\"storageGb\":128",
                "\"features\":[\"microg\"]", "\"customerEmail\":\"ada@example.org\"");
    }

    @Test
    void aShoppersOrderIsPlacedWithTheirOwnToken() throws Exception {
        String id = Orders.freshId();
        backends.configurator().answerPost("/api/orders", 201, "application/json", placedOrder(id), Map.of());
        WebSessions.Session shopper = WebSessions.signInDemo("shopper");

        Response answer = order(shopper.form(), "lumo-one|coral|128");

        assertThat(answer.header("Location")).endsWith("/orders/" + id + "?placed=1");
        JwtClaims claims = Tokens.verifyBearer(backends.configurator().lastRequest("/api/orders").header("Authorization"));
        assertThat(claims.getClaimValue("groups")).isEqualTo(List.of("shopper"));
    }

    @Test
    void theFieldsTheCatalogRefusesAreShownBesideThemAndNothingIsPlaced() {
        backends.configurator().answerPost("/api/orders", 422, "application/problem+json", """
                {"status":422,"title":"Invalid request","detail":"colour: is not offered",\
                "errors":[{"field":"colour","reason":"is not offered for lumo-one: coral, ink"},\
                {"field":"apps[0]","reason":"is not a known app"}]}""", Map.of());
        WebSessions.Csrf browser = WebSessions.newBrowser();

        order(browser.given().formParam("csrf", browser.token()), "lumo-one|coral|128")
                .then().statusCode(422)
                .body(containsString("is not offered for lumo-one: coral, ink"))
                .body(containsString("is not a known app"))
                .body(containsString("value=\"lumo-one|coral|128\" checked"));
    }

    @Test
    void tooManyOrdersAreRefusedWithTheReasonAndWhenToTryAgain() {
        backends.configurator().answerPost("/api/orders", 429, "application/problem+json", """
                {"status":429,"title":"Too many requests",\
                "detail":"30 orders have been placed from this address within 60 minutes, the most allowed; try again in 12 minutes"}""",
                Map.of("Retry-After", "720"));
        WebSessions.Csrf browser = WebSessions.newBrowser();

        Response answer = order(browser.given().formParam("csrf", browser.token()), "lumo-one|coral|128");

        answer.then().statusCode(429).body(containsString("try again in 12 minutes"));
        assertThat(answer.header("Retry-After")).isEqualTo("720");
    }

    @Test
    void aFormWithoutAPhoneIsRefusedBeforeAnythingIsSent() {
        WebSessions.Csrf browser = WebSessions.newBrowser();

        order(browser.given().formParam("csrf", browser.token()), "")
                .then().statusCode(400).body(containsString("choose a phone"));
    }

    @Test
    void theFormOffersEveryVariantWithItsPriceAndAFreshKey() {
        String html = WebSessions.newBrowser().given().get("/order").then().statusCode(200).extract().asString();

        assertThat(html).contains("value=\"lumo-pro|sand|256\"", "Lumo Pro · Sand · 256 GB", "€1,399.00",
                "name=\"idempotencyKey\"", "name=\"csrf\"");
    }

    private static Response order(io.restassured.specification.RequestSpecification request, String variant) {
        return request.contentType("application/x-www-form-urlencoded").formParam("variant", variant)
                .formParam("features", "microg").formParam("email", "ada@example.org")
                .formParam("idempotencyKey", "key-of-this-form-1").formParam("quoteId", QUOTE_ID).post("/order");
    }

    private static Response review(io.restassured.specification.RequestSpecification request, String shownTotal) {
        return request.contentType("application/x-www-form-urlencoded").formParam("variant", "lumo-one|coral|128")
                .formParam("features", "microg").formParam("email", "ada@example.org")
                .formParam("idempotencyKey", "key-of-this-form-1").formParam("shownTotal", shownTotal).post("/order");
    }

    private static final String QUOTE_ID = "6f1c2a4e-0b7d-4c1e-9a55-3d2f8e7b9c10";
    private static final String QUOTE = """
            {"id":"6f1c2a4e-0b7d-4c1e-9a55-3d2f8e7b9c10","quotedAt":"2026-12-01T09:30:00Z",
             "validUntil":"2026-12-01T10:00:00Z","model":"lumo-one","colour":"coral","storageGb":128,
             "features":["microg"],"apps":["firefox"],
             "price":{"lines":[{"kind":"handset","code":"lumo-one","name":"Lumo One, coral, 128 GB","amountMinor":27900},
                               {"kind":"feature","code":"microg","name":"microG","amountMinor":0},
                               {"kind":"app","code":"firefox","name":"Firefox","amountMinor":0}],
                      "totalMinor":27900,"taxMinor":4650,"taxPercent":20,"currency":"EUR"}}
            """;

    @Test
    void beforeOrderingTheShopperSeesTheQuotedPriceLineByLineAndHowLongItHolds() {
        backends.configurator().answerPost("/api/quotes", 201, "application/json", QUOTE, Map.of());
        WebSessions.Csrf browser = WebSessions.newBrowser();

        String html = review(browser.given().formParam("csrf", browser.token()), "27900").then().statusCode(200)
                .extract().asString();

        assertThat(html).contains("Check your order", "Lumo One, coral, 128 GB", "€279.00", "includes 20% VAT: €46.50",
                "This price is held for you until", "datetime=\"2026-12-01T10:00:00Z\"",
                "name=\"quoteId\" value=\"" + QUOTE_ID + "\"", "Place the order for €279.00")
                .doesNotContain("price-notice");
        assertThat(backends.configurator().lastRequest("/api/quotes").body()).contains("\"model\":\"lumo-one\"",
                "\"storageGb\":128", "\"features\":[\"microg\"]").doesNotContain("customerEmail");
    }

    @Test
    void beforePayingTheShopperSeesTheDayThePhoneIsDelivered() {
        backends.configurator().answerPost("/api/quotes", 201, "application/json", quoteWith(Orders.promise(
                "lumo-one", "coral", 128, true, "2026-12-02", "2026-12-04", null)), Map.of());
        WebSessions.Csrf browser = WebSessions.newBrowser();

        String html = review(browser.given().formParam("csrf", browser.token()), "27900").then().statusCode(200)
                .extract().asString();

        assertThat(html).contains("Delivered by <time datetime=\"2026-12-04\">Friday 4 December</time>",
                "(ships <time datetime=\"2026-12-02\">Wednesday 2 December</time>)").doesNotContain("Warning");
    }

    @Test
    void beforePayingTheShopperIsWarnedClearlyWhenSevenDaysCannotBePromised() {
        backends.configurator().answerPost("/api/quotes", 201, "application/json", quoteWith(Orders.promise(
                "lumo-one", "coral", 128, false, null, null, "no lumo-one coral 128 GB handset in stock")), Map.of());
        WebSessions.Csrf browser = WebSessions.newBrowser();

        String html = review(browser.given().formParam("csrf", browser.token()), "27900").then().statusCode(200)
                .extract().asString();

        assertThat(html).contains("Warning: we cannot promise delivery within seven days.",
                "No lumo-one coral 128 GB handset in stock.", "Place the order for €279.00")
                .doesNotContain("Delivered by");
    }

    @Test
    void aQuoteWithoutAPromiseIsReviewedAsNoDateRightNow() {
        backends.configurator().answerPost("/api/quotes", 201, "application/json", QUOTE, Map.of());
        WebSessions.Csrf browser = WebSessions.newBrowser();

        review(browser.given().formParam("csrf", browser.token()), "27900").then().statusCode(200)
                .body(containsString("Warning: we cannot promise delivery within seven days."))
                .body(containsString("We cannot promise a delivery date right now."));
    }

    private static String quoteWith(String promise) {
        String quote = QUOTE.strip();
        return quote.substring(0, quote.length() - 1) + ",\"promise\":" + promise + "}";
    }

    @Test
    void aDeclinedPaymentReturnsToTheReviewSayingWhyAndALostAnswerAsksToTryAgain() {
        backends.configurator().answerPost("/api/quotes", 201, "application/json", QUOTE, Map.of());
        backends.configurator().answerPost("/api/orders", 402, "application/problem+json", """
                {"status":402,"title":"Payment declined","detail":"paymentMethod: the card was declined",                "errors":[{"field":"paymentMethod","reason":"the card was declined: insufficient funds"}]}""", Map.of());
        WebSessions.Csrf browser = WebSessions.newBrowser();

        order(browser.given().formParam("csrf", browser.token()).formParam("paymentMethod", "test-card-declined"),
                "lumo-one|coral|128").then().statusCode(422)
                .body(containsString("the card was declined: insufficient funds"))
                .body(containsString("value=\"test-card-declined\" checked"));
        assertThat(backends.configurator().lastRequest("/api/orders").body())
                .contains("\"paymentMethod\":\"test-card-declined\"", "\"quoteId\":\"" + QUOTE_ID + "\"");

        backends.configurator().answerPost("/api/orders", 503, "application/problem+json", """
                {"status":503,"title":"Service unavailable","detail":"paymentMethod: timed out",                "errors":[{"field":"paymentMethod","reason":"the payment provider did not answer in time"}]}""",
                Map.of("Retry-After", "5"));
        order(browser.given().formParam("csrf", browser.token()).formParam("paymentMethod", "test-card-timeout"),
                "lumo-one|coral|128").then().statusCode(200)
                .body(containsString("The payment provider did not answer in time. Nothing was charged"))
                .body(containsString("name=\"idempotencyKey\" value=\"key-of-this-form-1\""));
    }

    @Test
    void aPriceOtherThanTheOneTheShopperSawIsSaidBeforeTheyOrder() {
        backends.configurator().answerPost("/api/quotes", 201, "application/json", QUOTE, Map.of());
        WebSessions.Csrf browser = WebSessions.newBrowser();

        review(browser.given().formParam("csrf", browser.token()), "26900").then().statusCode(200)
                .body(containsString("The price changed since you chose this phone: it was €269.00, it is now €279.00."));
    }

    @Test
    void anOrderWhoseQuoteNoLongerHoldsReturnsToTheReviewWithTheCurrentPrice() {
        backends.configurator().answerPost("/api/orders", 409, "application/problem+json", """
                {"status":409,"title":"Conflict","detail":"quoteId: the price changed",                "errors":[{"field":"quoteId","reason":"the price changed from 269.00 EUR to 279.00 EUR since it was                 quoted; ask for a new quote to accept it"}]}""", Map.of());
        backends.configurator().answerPost("/api/quotes", 201, "application/json", QUOTE, Map.of());
        WebSessions.Csrf browser = WebSessions.newBrowser();

        order(browser.given().formParam("csrf", browser.token()), "lumo-one|coral|128").then().statusCode(200)
                .body(containsString("The price changed since we quoted it."))
                .body(containsString("Place the order for €279.00"));
    }

    @Test
    void anOrderWhoseQuotedDeliveryDayCanNoLongerBeKeptReturnsToTheReviewWithTheDatePromisedNow() {
        backends.configurator().answerPost("/api/orders", 409, "application/problem+json", """
                {"status":409,"title":"Conflict","detail":"quoteId: the delivery promised changed",\
                "errors":[{"field":"quoteId","reason":"the delivery promised changed from 2026-12-04 to 2026-12-05\
                 since it was quoted; ask for a new quote to accept it"}]}""", Map.of());
        backends.configurator().answerPost("/api/quotes", 201, "application/json", QUOTE, Map.of());
        WebSessions.Csrf browser = WebSessions.newBrowser();

        order(browser.given().formParam("csrf", browser.token()), "lumo-one|coral|128").then().statusCode(200)
                .body(containsString("The delivery date we quoted can no longer be kept."))
                .body(containsString("Place the order for €279.00"));
    }

    private static String placedOrder(String id) {
        return Orders.order(id, "PLACED").replace("\"placedAt\"", "\"trackingToken\":\"" + TRACKING_TOKEN
                + "\",\"placedAt\"");
    }
}

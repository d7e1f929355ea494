package com.phonesmith.web.order;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.FakeBackend;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.Orders;
import com.phonesmith.web.support.Tokens;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrderPageTest extends RealInfrastructure {
    /** A guest's tracking token, as the tracking link carries it. */
    static final String TOKEN = "tracking-token-of-the-tests-0123456789ab";
    static final String TRACKED = "?token=" + TOKEN;

    private final FakeBackends backends = FakeBackends.get();

    private String placedOrder(String status) {
        String id = Orders.freshId();
        backends.configurator().json(Orders.orderPath(id), Orders.order(id, status));
        return id;
    }

    private void timeline(String id, String status, Orders.Entry... entries) {
        backends.workflow().json(Orders.timelinePath(id), Orders.timeline(id, status, List.of(entries)));
    }

    @Test
    void theOrderPageShowsTheConfigurationPriceStatusAndTimeline() {
        String id = placedOrder("PLACED");
        timeline(id, "IMAGE_READY",
                new Orders.Entry("2026-11-25T09:15:02Z", "OrderPlaced", "Nordvik Fjord birch 256 GB"),
                new Orders.Entry("2026-11-25T09:16:40Z", "ImageReady", "image sha256:4f2a built"));

        String html = given().get("/orders/" + id + TRACKED).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();

        assertThat(html).contains("<html lang=\"en\">", "Order <span class=\"order-id\">" + id + "</span>",
                "<dd>Nordvik Devices</dd>", "<dd>Nordvik Fjord</dd>", "<dd>Birch</dd>", "<dd>256 GB</dd>",
                "<li>microG services</li>", "<li>Work profile</li>", "<li>Firefox</li>", "<li>Signal</li>",
                "<dd class=\"price\">€464.00</dd>", "2026-11-25 09:15:00 UTC");
        assertThat(html).contains("class=\"status status-progress\">Image ready</strong>",
                "<time datetime=\"2026-11-25T09:15:02Z\">2026-11-25 09:15:02 UTC</time>",
                "<td class=\"entry-type\">OrderPlaced</td>", "<td>Nordvik Fjord birch 256 GB</td>",
                "<td class=\"entry-type\">ImageReady</td>", "<td>image sha256:4f2a built</td>");
        assertThat(html).contains("sse-connect=\"/orders/" + id + "/live?token=" + TOKEN + "\"", "data-live=\"true\"");
        assertThat(html).contains("<dd class=\"customer-email\">ada@example.org</dd>");
    }

    @Test
    void theOrderPageShowsTheDeliveryPromisedWhenItWasPlacedOrThatNoneWas() {
        String promised = Orders.freshId();
        backends.configurator().json(Orders.orderPath(promised),
                Orders.promised(Orders.order(promised, "PLACED"), "2026-11-26", "2026-11-28"));
        String notPromised = placedOrder("PLACED");

        String html = given().get("/orders/" + promised + TRACKED + "&placed=1").then().statusCode(200).extract()
                .asString();
        String without = given().get("/orders/" + notPromised + TRACKED).then().statusCode(200).extract().asString();

        assertThat(html).contains("It will be delivered by <time datetime=\"2026-11-28\">Saturday 28 November</time>.",
                "<dd id=\"delivery\">Promised by <time datetime=\"2026-11-28\">Saturday 28 November</time>"
                        + " (ships <time datetime=\"2026-11-26\">Thursday 26 November</time>)</dd>");
        assertThat(without)
                .contains("<dd id=\"delivery\">No delivery date was promised when the order was placed.</dd>");
    }

    @Test
    void theDeliveryDateIsShownOnceFromTheOrderEvenWhenTheTimelineCarriesItToo() {
        String id = Orders.freshId();
        backends.configurator().json(Orders.orderPath(id),
                Orders.promised(Orders.order(id, "PLACED"), "2026-11-26", "2026-11-28"));
        backends.workflow().json(Orders.timelinePath(id), Orders.promisedOnTimeline(Orders.timeline(id, "PLACED",
                List.of(new Orders.Entry("2026-11-25T09:15:02Z", "OrderPlaced", "Nordvik Fjord birch 256 GB"))),
                "2026-11-28"));

        String html = given().get("/orders/" + id + TRACKED).then().statusCode(200).extract().asString();

        assertThat(html).contains("<dd id=\"delivery\">Promised by <time datetime=\"2026-11-28\">Saturday 28 November"
                + "</time> (ships <time datetime=\"2026-11-26\">Thursday 26 November</time>)</dd>");
        assertThat(html.split("Saturday 28 November", -1)).as("the promised day, shown once").hasSize(2);
    }

    @Test
    void whileTheWorkflowDoesNotKnowTheOrderYetTheOrdersOwnStatusIsShown() {
        String id = placedOrder("PLACED");

        String html = given().get("/orders/" + id + TRACKED).then().statusCode(200).extract().asString();

        assertThat(html).contains("class=\"status status-progress\">Placed</strong>", "No step has been recorded yet",
                "data-live=\"true\"");
    }

    @Test
    void theTimelineEndpointAnswersOnlyTheProgressFragment() {
        String id = placedOrder("PLACED");
        timeline(id, "HANDSET_RESERVED",
                new Orders.Entry("2026-11-25T09:17:00Z", "HandsetReserved", "IMEI 350000000000001"));

        String fragment = given().get("/orders/" + id + "/timeline" + TRACKED).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();

        assertThat(fragment.strip()).startsWith("<section id=\"order-progress\"").endsWith("</section>");
        assertThat(fragment).doesNotContain("<html", "<h1");
        assertThat(fragment).contains("Handset reserved", "IMEI 350000000000001", "data-live=\"true\"");
    }

    @Test
    void anOrderWhoseImageFailedToBuildShowsTheProblemAndKeepsRefreshing() {
        String id = placedOrder("PLACED");
        timeline(id, "IMAGE_FAILED",
                new Orders.Entry("2026-11-25T09:15:02Z", "OrderPlaced", "placed"),
                new Orders.Entry("2026-11-25T09:15:04Z", "ImageBuildFailed", "Image build failed: unknown app 'solitaire'"));

        String fragment = given().get("/orders/" + id + "/timeline" + TRACKED).then().statusCode(200).extract().asString();

        assertThat(fragment).contains("class=\"status status-problem\">Image build failed</strong>",
                "<td class=\"entry-type\">ImageBuildFailed</td>", "data-live=\"true\"");
        assertThat(fragment).contains("Image build failed: unknown app &#39;solitaire&#39;");
    }

    @Test
    void aDeliveredOrderIsShownAsDoneAndNoLongerRefreshed() {
        String id = placedOrder("PLACED");
        timeline(id, "DELIVERED",
                new Orders.Entry("2026-11-25T09:15:02Z", "OrderPlaced", "placed"),
                new Orders.Entry("2026-11-26T15:00:00Z", "Shipped", "parcel 00340434161234567890"),
                new Orders.Entry("2026-11-27T11:00:00Z", "Delivered", "Delivered by PostNord"));

        String page = given().get("/orders/" + id + TRACKED).then().statusCode(200).extract().asString();
        String fragment = given().get("/orders/" + id + "/timeline" + TRACKED).then().statusCode(200).extract().asString();

        assertThat(page).contains("class=\"status status-done\">Delivered</strong>").doesNotContain("hx-trigger");
        assertThat(fragment).contains("Shipped", "parcel 00340434161234567890").doesNotContain("hx-get", "hx-trigger");
    }

    @Test
    void anUnknownOrderGetsAFriendly404Page() {
        String id = Orders.freshId();

        String html = given().get("/orders/" + id + TRACKED).then().statusCode(404)
                .contentType(containsString("text/html")).extract().asString();
        given().get("/orders/" + id + "/timeline" + TRACKED).then().statusCode(404);

        assertThat(html).contains("<html lang=\"en\">", "Order not found",
                "We could not find an order with the id " + id + " that you may follow.", "<a href=\"/\">Back to the catalog</a>");
    }

    @Test
    void anIdThatTheBackendsRejectAsMalformedIsAnUnknownOrder() {
        String id = "not-a-uuid-" + System.nanoTime();
        String problem = "{\"status\":400,\"title\":\"Bad Request\",\"errors\":[{\"field\":\"id\",\"reason\":\"must be a UUID\"}]}";
        backends.configurator().answer(Orders.orderPath(id), 400, "application/problem+json", problem);
        backends.workflow().answer(Orders.timelinePath(id), 400, "application/problem+json", problem);

        given().get("/orders/" + id + TRACKED).then().statusCode(404).body(containsString("Order not found"));
        given().get("/orders/" + id + "/timeline" + TRACKED).then().statusCode(404);
    }

    @Test
    void whenOrderWorkflowIsDownTheOrderPageIsA503PageNamingIt() {
        String id = placedOrder("PLACED");
        try (FakeBackend.Outage outage = backends.workflow().outage()) {
            String html = given().get("/orders/" + id + TRACKED).then().statusCode(503)
                    .contentType(containsString("text/html")).extract().asString();
            given().get("/orders/" + id + "/timeline" + TRACKED).then().statusCode(503);

            assertThat(html).contains("This page needs order-workflow, which is unavailable right now.")
                    .doesNotContain("configurator-api", "Exception");
        }
    }

    @Test
    void whenConfiguratorApiIsDownTheOrderPageIsA503PageNamingIt() {
        String id = placedOrder("PLACED");
        try (FakeBackend.Outage outage = backends.configurator().outage()) {
            String html = given().get("/orders/" + id + TRACKED).then().statusCode(503).extract().asString();

            assertThat(html).contains("This page needs configurator-api, which is unavailable right now.")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void aBackendThatFailsOrAnswersNonsenseCountsAsUnavailable() {
        String failing = placedOrder("PLACED");
        backends.workflow().answer(Orders.timelinePath(failing), 500, "application/problem+json",
                "{\"status\":500,\"title\":\"Internal error\"}");
        String garbled = Orders.freshId();
        backends.configurator().answer(Orders.orderPath(garbled), 200, "application/json", "{\"id\": [not json");

        given().get("/orders/" + failing + TRACKED).then().statusCode(503).body(containsString("order-workflow"));
        given().get("/orders/" + garbled + TRACKED).then().statusCode(503).body(containsString("configurator-api"));
    }

    @Test
    void theTrackFormRedirectsToTheOrderPageWithItsTrackingCode() {
        String id = placedOrder("PLACED");

        given().redirects().follow(false).queryParam("id", "  " + id + " ").queryParam("token", TOKEN).get("/orders")
                .then().statusCode(303).header("Location", endsWith("/orders/" + id + TRACKED));
    }

    @Test
    void aGuestsTrackingTokenIsPassedOnToBothServicesAndNothingElse() {
        String id = placedOrder("PLACED");
        timeline(id, "PLACED", new Orders.Entry("2026-11-25T09:15:02Z", "OrderPlaced", "placed"));

        given().get("/orders/" + id + TRACKED).then().statusCode(200);

        for (FakeBackend backend : List.of(backends.configurator(), backends.workflow())) {
            FakeBackend.Received received = backend.lastRequest(backend == backends.workflow()
                    ? Orders.timelinePath(id) : Orders.orderPath(id));
            assertThat(received.header("Order-Token")).as(backend.name()).isEqualTo(TOKEN);
            assertThat(received.header("Authorization")).as(backend.name()).isNull();
        }
    }

    @Test
    void aGuestWithoutTheTrackingLinkIsAskedToSignIn() {
        String id = placedOrder("PLACED");

        given().redirects().follow(false).get("/orders/" + id)
                .then().statusCode(303).header("Location", endsWith("/login?next=%2Forders%2F" + id));
        assertThat(backends.configurator().lastRequest(Orders.orderPath(id))).isNull();
    }

    @Test
    void aSignedInPersonsPageIsReadWithTheirOwnTokenSignedByWeb() {
        String id = placedOrder("PLACED");
        WebSessions.Session support = WebSessions.signInDemo("support");

        support.given().get("/orders/" + id).then().statusCode(200);

        JwtClaims claims = Tokens.verifyBearer(backends.configurator().lastRequest(Orders.orderPath(id))
                .header("Authorization"));
        assertThat(claims.getClaimValue("groups")).isEqualTo(List.of("support"));
        assertThat(claims.getClaimValueAsString("preferred_username")).isEqualTo("support");
        assertThat(claims.getClaimValueAsString("client_ip")).isNotBlank();
    }

    @Test
    void aMalformedTrackingCodeInTheTrackFormIsRejectedNamingTheField() {
        given().redirects().follow(false).queryParam("id", Orders.freshId()).queryParam("token", "short!")
                .get("/orders").then().statusCode(400).body(containsString("Tracking code is not a tracking code"));
    }

    @Test
    void anEmptyOrMalformedOrderIdIsRejectedNamingTheField() {
        String empty = given().redirects().follow(false).queryParam("id", "").get("/orders")
                .then().statusCode(400).contentType(containsString("text/html")).extract().asString();
        String malformed = given().get("/orders/not an id").then().statusCode(400).extract().asString();

        assertThat(empty).contains("Please check your input", "Order id must not be empty.");
        assertThat(malformed).contains("Order id may contain only letters, digits, &#39;-&#39; and &#39;_&#39;.");
    }
}

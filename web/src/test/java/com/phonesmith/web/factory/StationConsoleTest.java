package com.phonesmith.web.factory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.FactoryFloor;
import com.phonesmith.web.fake.FakeBackend;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.ManualFloor;
import com.phonesmith.web.fake.Orders;
import com.phonesmith.web.support.Tokens;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The station console, read from and acted on through factory-adapter with the operator's own token; at the flashing
 * station, each port's flash progress, which the page reads again by itself.
 */
@QuarkusTest
class StationConsoleTest extends RealInfrastructure {
    private final FakeBackend factory = FakeBackends.get().factory();
    private String orderId;

    @BeforeEach
    void theFloorHasAPackedPhone() {
        orderId = Orders.freshId();
        FactoryFloor.answer(factory, orderId, false);
    }

    @Test
    void anOperatorSeesEveryStationWithWhatWaitsThere() throws Exception {
        String html = WebSessions.signInDemo("operator").given().get("/factory/stations").then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("href=\"/factory/stations/packing\"", "<span class=\"station-name\">QA</span>",
                "2 waiting");
        JwtClaims claims = Tokens.verifyBearer(factory.lastRequest("/api/floor/stations").header("Authorization"));
        assertThat(claims.getClaimValue("groups")).isEqualTo(List.of("operator"));
    }

    @Test
    void theQueueListsThePackedPhoneWithItsLabelAndAScanShowsItsTrace() {
        WebSessions.Session operator = WebSessions.signInDemo("operator");
        String html = operator.given().queryParam("imei", FactoryFloor.IMEI).get("/factory/stations/packing").then()
                .statusCode(200).extract().asString();
        assertThat(html).contains(orderId + " <strong>(expedited)</strong>",
                "href=\"/factory/orders/" + orderId + "/label\"", "Print again",
                "<dd id=\"scanned-status\">PACKED</dd>", "packed; booked with PostNord");
        assertThat(factory.lastRequest("/api/work-orders").pathAndQuery()).endsWith("imei=" + FactoryFloor.IMEI);

        operator.given().get("/factory/orders/" + orderId + "/label").then().statusCode(200)
                .contentType("application/pdf").body(containsString("%PDF-1.7 label of " + orderId));
    }

    @Test
    void aMisreadScanIsSaidBesideTheScanBox() {
        WebSessions.signInDemo("operator").given().queryParam("imei", "35693803564").get("/factory/stations/packing")
                .then().statusCode(400)
                .body(containsString("An IMEI is 15 digits; the scan read &quot;35693803564&quot;"));
    }

    @Test
    void anOperatorBlocksAStationWithAReasonAndUnblocksIt() {
        WebSessions.Session operator = WebSessions.signInDemo("operator");
        String location = operator.form().formParam("reason", "tape dispenser jammed")
                .post("/factory/stations/packing/block").then().statusCode(303).extract().header("Location");
        assertThat(factory.lastRequest("/api/floor/stations/packing/block").body())
                .isEqualTo("{\"reason\":\"tape dispenser jammed\"}");
        FactoryFloor.answer(factory, orderId, true);
        operator.given().urlEncodingEnabled(false).get(location).then().statusCode(200)
                .body(containsString("Blocked Packing: tape dispenser jammed"))
                .body(containsString("Unblock the station"));

        operator.form().post("/factory/stations/packing/unblock").then().statusCode(303);
        assertThat(factory.lastRequest("/api/floor/stations/packing/unblock").method()).isEqualTo("POST");
    }

    @Test
    void blockingWithoutAReasonIsRefusedBesideTheField() {
        WebSessions.signInDemo("operator").form().formParam("reason", "  ").post("/factory/stations/packing/block")
                .then().statusCode(400)
                .body(containsString("Say why the station stops"));
    }

    @Test
    void supportMayLookButNotBlockAndShoppersMayNotLook() {
        WebSessions.Session support = WebSessions.signInDemo("support");
        support.given().get("/factory/stations/packing").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("Block the station")));
        support.form().formParam("reason", "x").post("/factory/stations/packing/block").then().statusCode(403);
        WebSessions.signInDemo("shopper").given().get("/factory/stations").then().statusCode(403);
    }

    @Test
    void theFlashingStationShowsEachPortsProgressAndFailureAndReadsItAgainEverySecondWhileAPortWorks() {
        FactoryFloor.ports(factory, FactoryFloor.idle(5554), FactoryFloor.flashing(5555, orderId, "system", 42),
                FactoryFloor.failed(5556, orderId, "vendor", 80,
                        "flash: handset refused flash:vendor: writing vendor failed: flash memory error",
                        "2026-12-01T10:01:00Z"));
        String html = WebSessions.signInDemo("operator").given().get("/factory/stations/flashing").then()
                .statusCode(200).extract().asString();
        assertThat(html).contains("<h2 id=\"ports-heading\">Ports</h2>",
                "hx-get=\"/factory/stations/flashing/ports\" hx-trigger=\"every 1s\" hx-swap=\"outerHTML\"",
                "1 of 3 ports working.");
        String flashing = card(html, 5555);
        assertThat(flashing).contains("port-progress", "<strong>Flashing</strong>",
                "<span class=\"port-partition\">system</span>",
                "<progress id=\"port-5555-bar\" max=\"100\" value=\"42\" aria-label=\"Port 5555: 42% written\">42%</progress>",
                "<span class=\"port-percent-value\">42%</span>", "piece 2 of 6 · 1.4 MB of 3.4 MB",
                "<dd class=\"port-imei\">" + FactoryFloor.FLASHING_IMEI + "</dd>",
                "<dd class=\"order-id\">" + orderId + "</dd>");
        assertThat(card(html, 5556)).contains("port-problem", "<strong>Failed</strong>",
                "writing vendor failed: flash memory error", "Tried again at <time datetime=\"2026-12-01T10:01:00Z\">");
        assertThat(card(html, 5554)).contains("<strong>Idle</strong>").doesNotContain("<progress");
        // the rest of the station's page is there too
        assertThat(html).contains("Scan or type an IMEI", "id=\"queue\"", FactoryFloor.QUEUED_FOR_FLASHING.get(0));
        JwtClaims claims = Tokens.verifyBearer(factory.lastRequest(FactoryFloor.PORTS).header("Authorization"));
        assertThat(claims.getClaimValue("groups")).isEqualTo(List.of("operator"));
    }

    @Test
    void thePanelAloneIsWhatThePageReadsAgainAndEveryFiveSecondsWhenAllPortsAreIdleOrDone() {
        FactoryFloor.ports(factory, FactoryFloor.idle(5554), FactoryFloor.done(5555, orderId));
        String panel = WebSessions.signInDemo("support").given().get("/factory/stations/flashing/ports").then()
                .statusCode(200).contentType("text/html").extract().asString();
        assertThat(panel).startsWith("<section id=\"ports\"").contains("hx-trigger=\"every 5s\"",
                "<strong>Done</strong>", "value=\"100\"", "0 of 2 ports working.").doesNotContain("<html", "<h1");
    }

    @Test
    void withoutFactoryAdaptersPortsThePanelSaysSoAndTheRestOfThePageWorks() {
        factory.answer(FactoryFloor.PORTS, 503, "application/problem+json", "{\"status\":503}");
        WebSessions.Session operator = WebSessions.signInDemo("operator");
        String html = operator.given().get("/factory/stations/flashing").then().statusCode(200).extract().asString();
        assertThat(html).contains("id=\"ports-unavailable\"", "factory-adapter is not answering",
                "hx-trigger=\"every 5s\"", "Scan or type an IMEI", FactoryFloor.QUEUED_FOR_FLASHING.get(1),
                "Block the station");
        try (FakeBackend.Outage outage = factory.outage()) {
            operator.given().get("/factory/stations/flashing/ports").then().statusCode(200)
                    .body(containsString("factory-adapter is not answering"))
                    .body(containsString("hx-trigger=\"every 5s\""));
        }
    }

    @Test
    void onlyTheFlashingStationHasAPortsPanelAndShoppersMayNotReadIt() {
        WebSessions.signInDemo("operator").given().get("/factory/stations/packing").then().statusCode(200)
                .body(not(containsString("id=\"ports\"")));
        WebSessions.signInDemo("shopper").given().get("/factory/stations/flashing/ports").then().statusCode(403);
        WebSessions.signInDemo("operator").given().get("/factory/stations/painting/ports").then().statusCode(400);
    }

    /** The card of a port in the page: from its opening tag to the next card's (or the list's end). */
    private static String card(String html, int port) {
        int start = html.indexOf("<li class=\"port-card");
        int at = html.indexOf("id=\"port-" + port + "\"", start);
        assertThat(at).as("the card of port " + port).isPositive();
        int from = html.lastIndexOf("<li", at);
        int end = html.indexOf("</li>", at);
        return html.substring(from, end);
    }

    @Test
    void anUnknownStationIsAnInputError() {
        WebSessions.signInDemo("operator").given().get("/factory/stations/painting").then().statusCode(400);
    }

    @Test
    void scansAtKittingFlashingAndShippingGoToTheFactoryWithTheOperatorsTokenAndItsRefusalsShowBesideTheBox()
            throws Exception {
        ManualFloor floor = ManualFloor.start(factory, orderId);
        try {
            WebSessions.Session operator = WebSessions.signInDemo("operator");
            FakeBackend.Received before = factory.lastRequest("/api/floor/kitting/scans");
            operator.form().formParam("imei", "35693803564").post("/factory/bench/kitting/scans").then()
                    .statusCode(400).body(containsString("An IMEI is 15 digits; the scan read &quot;35693803564&quot;"));
            assertThat(factory.lastRequest("/api/floor/kitting/scans")).isSameAs(before); // not asked

            operator.form().formParam("imei", ManualFloor.IMEI).post("/factory/bench/flashing/scans").then()
                    .statusCode(409).body(containsString("not kitted yet (FLASH_PENDING): scan the handset at the"
                            + " kitting station first"));
            String location = operator.form().formParam("imei", ManualFloor.IMEI).post("/factory/bench/kitting/scans")
                    .then().statusCode(303).extract().header("Location");
            assertThat(factory.lastRequest("/api/floor/kitting/scans").body())
                    .isEqualTo("{\"imei\":\"" + ManualFloor.IMEI + "\"}");
            JwtClaims claims = Tokens.verifyBearer(factory.lastRequest("/api/floor/kitting/scans")
                    .header("Authorization"));
            assertThat(claims.getClaimValue("groups")).isEqualTo(List.of("operator"));
            operator.given().urlEncodingEnabled(false).get(location).then().statusCode(200)
                    .body(containsString("Kitted handset " + ManualFloor.IMEI + " for order " + orderId));

            floor.packed();
            operator.form().formParam("imei", "ps4821930583").post("/factory/bench/shipping/scans").then()
                    .statusCode(303);
            assertThat(factory.lastRequest("/api/floor/shipping/scans").body())
                    .isEqualTo("{\"trackingNumber\":\"ps4821930583\"}");
            assertThat(floor.status()).isEqualTo("SHIPPED");

            operator.form().formParam("imei", ManualFloor.IMEI).post("/factory/bench/qa/scans").then()
                    .statusCode(400);
            WebSessions.signInDemo("support").form().formParam("imei", ManualFloor.IMEI)
                    .post("/factory/bench/kitting/scans").then().statusCode(403);
        } finally {
            floor.close();
        }
    }
}

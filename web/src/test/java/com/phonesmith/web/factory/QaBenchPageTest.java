package com.phonesmith.web.factory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.FakeBackend;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.Orders;
import com.phonesmith.web.fake.QaBench;
import com.phonesmith.web.support.Tokens;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The benches of manual QA and packing stations, worked through factory-adapter (played by {@link QaBench}) with
 * the operator's own token: the scanned phone's checklist, a blocking pass, a fail with a reason, packing by scan.
 */
@QuarkusTest
class QaBenchPageTest extends RealInfrastructure {
    private final FakeBackend factory = FakeBackends.get().factory();
    private String orderId;
    private QaBench bench;

    @BeforeEach
    void aFlashedPhoneWaitsAtTheQaBench() {
        orderId = Orders.freshId();
        bench = QaBench.start(factory, orderId);
    }

    @AfterEach
    void theFloorIsAsOtherTestsExpectIt() {
        bench.close();
    }

    @Test
    void aScanAtTheQaBenchOpensTheChecklistWithTheFailedCheckHighlightedAndPassDisabled() throws Exception {
        String html = WebSessions.signInDemo("operator").given().queryParam("imei", QaBench.IMEI)
                .get("/factory/stations/qa").then().statusCode(200).extract().asString();

        assertThat(html).contains("Check a phone", "Open its checklist", "id=\"checklist\"",
                "<tr class=\"check-failed\" id=\"check-fingerprint\">",
                "<tr class=\"check-passed\" id=\"check-partition-system\">",
                "<strong>Failed</strong>: build fingerprint is phonesmith/lumo-one/0.9",
                "name=\"visual\" value=\"screen\" required", "Power and volume buttons click and respond",
                "disabled aria-describedby=\"pass-blocked\"", "Cannot pass: 1 automated check failed",
                "Fail: back for rework", "name=\"csrf\"");
        assertThat(factory.lastRequest("/api/floor/qa/checklist").pathAndQuery()).endsWith("imei=" + QaBench.IMEI);
        JwtClaims claims = Tokens.verifyBearer(factory.lastRequest("/api/floor/qa/checklist").header("Authorization"));
        assertThat(claims.getClaimValue("groups")).isEqualTo(List.of("operator"));
    }

    @Test
    void aPassTheFactoryRefusesIsShownBesideTheButtonsItemByItemInItsWords() {
        String html = WebSessions.signInDemo("operator").form().formParam("imei", QaBench.IMEI)
                .formParam("visual", "screen").post("/factory/bench/qa/pass").then().statusCode(422)
                .extract().asString();

        assertThat(html).contains("id=\"bench-errors\"",
                "<li>failed: build fingerprint is phonesmith/lumo-one/0.9",
                "<li>not ticked: Power and volume buttons click and respond</li>",
                "<li>not ticked: Front and rear cameras show a sharp picture</li>", "id=\"checklist\"");
        assertThat(factory.lastRequest("/api/floor/qa/pass").body())
                .contains("\"imei\":\"" + QaBench.IMEI + "\"", "\"visualChecks\":[\"screen\"]");
        assertThat(bench.status()).isEqualTo("QA_PENDING");
    }

    @Test
    void anOperatorFailsThePhoneWithAReasonAndAfterReworkPassesItWithEveryCheckTicked() {
        WebSessions.Session operator = WebSessions.signInDemo("operator");
        operator.form().formParam("imei", QaBench.IMEI).formParam("reason", " ").post("/factory/bench/qa/fail")
                .then().statusCode(400).body(containsString("Say what is wrong with the phone"));

        String location = operator.form().formParam("imei", QaBench.IMEI).formParam("reason", "runs an old build")
                .post("/factory/bench/qa/fail").then().statusCode(303).extract().header("Location");
        assertThat(factory.lastRequest("/api/floor/qa/fail").body()).contains("\"reason\":\"runs an old build\"");
        assertThat(bench.status()).isEqualTo("QA_FAILED");
        operator.given().urlEncodingEnabled(false).get(location).then().statusCode(200)
                .body(containsString("Failed QA: order " + orderId + " goes back for rework (runs an old build)."));

        bench.reworked();
        operator.given().queryParam("imei", QaBench.IMEI).get("/factory/stations/qa").then().statusCode(200)
                .body(containsString("Pass: on to packing</button>"))
                .body(org.hamcrest.Matchers.not(containsString("pass-blocked")));
        operator.form().formParam("imei", QaBench.IMEI).formParam("visual", "screen", "buttons", "camera")
                .post("/factory/bench/qa/pass").then().statusCode(303);
        assertThat(bench.status()).isEqualTo("QA_PASSED");
    }

    @Test
    void aScanAtAManualPackingStationPacksThePhoneAndOffersItsLabel() {
        bench.reworked();
        WebSessions.Session operator = WebSessions.signInDemo("operator");
        operator.form().formParam("imei", QaBench.IMEI).formParam("visual", "screen", "buttons", "camera")
                .post("/factory/bench/qa/pass").then().statusCode(303);
        operator.given().get("/factory/stations/packing").then().statusCode(200)
                .body(containsString("Pack this phone"))
                .body(containsString("action=\"/factory/bench/packing/scans\""));

        String location = operator.form().formParam("imei", QaBench.IMEI).post("/factory/bench/packing/scans").then()
                .statusCode(303).extract().header("Location");
        assertThat(bench.status()).isEqualTo("PACKED");
        operator.given().urlEncodingEnabled(false).get(location).then().statusCode(200)
                .body(containsString("Packed order " + orderId))
                .body(containsString("PostNord " + QaBench.TRACKING))
                .body(containsString("href=\"/factory/orders/" + orderId + "/label\" target=\"_blank\""));
        operator.given().get("/factory/orders/" + orderId + "/label").then().statusCode(200)
                .contentType("application/pdf");
    }

    @Test
    void scansTheFactoryRefusesAreShownBesideTheScanBoxInItsWords() {
        WebSessions.Session operator = WebSessions.signInDemo("operator");
        operator.given().queryParam("imei", "356938035643857").get("/factory/stations/qa").then().statusCode(400)
                .body(containsString("check digit of 356938035643857 is wrong"));
        operator.given().queryParam("imei", "356938035643809").get("/factory/stations/qa").then().statusCode(404)
                .body(containsString("no work order has handset 356938035643809"));
        operator.form().formParam("imei", QaBench.IMEI).post("/factory/bench/packing/scans").then().statusCode(409)
                .body(containsString("id=\"scan-error\""))
                .body(containsString("is QA_PENDING, not waiting at packing"));
        operator.form().formParam("imei", "3569").post("/factory/bench/packing/scans").then().statusCode(400)
                .body(containsString("An IMEI is 15 digits"));
    }

    @Test
    void supportMayReadTheChecklistButOnlyOperatorsActAndEveryFormNeedsItsCsrfToken() {
        WebSessions.Session support = WebSessions.signInDemo("support");
        support.given().queryParam("imei", QaBench.IMEI).get("/factory/stations/qa").then().statusCode(200)
                .body(containsString("id=\"checklist\""))
                .body(org.hamcrest.Matchers.not(containsString("Fail: back for rework")));
        support.form().formParam("imei", QaBench.IMEI).formParam("reason", "x").post("/factory/bench/qa/fail")
                .then().statusCode(403);
        WebSessions.signInDemo("operator").given().contentType("application/x-www-form-urlencoded")
                .formParam("imei", QaBench.IMEI).post("/factory/bench/packing/scans").then().statusCode(403);
        assertThat(bench.status()).isEqualTo("QA_PENDING");
    }

    @Test
    void anOperatorLetsTheFloorWorkAManualStationAgain() {
        WebSessions.Session operator = WebSessions.signInDemo("operator");
        operator.given().get("/factory/stations/qa").then().statusCode(200)
                .body(containsString("Worked by hand: an operator scans each phone and checks it."))
                .body(containsString("Let the floor work this station"));
        factory.answerPost("/api/floor/stations/qa/mode", 200, "application/json",
                "{\"kind\":\"QA\",\"blocked\":false,\"waiting\":1,\"manual\":false}", java.util.Map.of());

        String location = operator.form().formParam("manual", "false").post("/factory/bench/qa/mode").then()
                .statusCode(303).extract().header("Location");

        assertThat(factory.lastRequest("/api/floor/stations/qa/mode").body()).isEqualTo("{\"manual\":false}");
        operator.given().urlEncodingEnabled(false).get(location).then().statusCode(200)
                .body(containsString("The floor works the QA station by itself now."));
        operator.form().formParam("manual", "true").post("/factory/bench/assembly/mode").then().statusCode(400);
    }
}

package com.phonesmith.web.activations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.ActivationsAnswers;
import com.phonesmith.web.fake.FakeBackend;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.support.Tokens;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The partner's devices and payouts, and the admin's activations page with the month close, read from the
 * activations service with the viewer's own token.
 */
@QuarkusTest
class ActivationsPagesTest extends RealInfrastructure {
    private final FakeBackends backends = FakeBackends.get();
    private final FakeBackend activations = backends.activations();

    @BeforeEach
    void nordvikHasDevicesAndAStatement() {
        backends.configurator().json("/api/makers/nordvik/sales", """
                {"maker":"nordvik","name":"Nordvik Devices","currency":"EUR","orders":0,"valueMinor":0,\
                "variants":[],"weeks":[]}""");
        ActivationsAnswers.nordvik(activations);
        ActivationsAnswers.summary(activations);
        await().atMost(Duration.ofSeconds(30)).until(() -> WebSessions.attempt(WebSessions.newBrowser(),
                "partner-nordvik", WebSessions.DEMO_PASSWORD).statusCode() == 303);
    }

    @Test
    void aPartnerSeesItsDevicesByModelAndWeekItsRunningMonthAndItsStatements() throws Exception {
        String html = WebSessions.signInDemo("partner-nordvik").given().get("/partner").then().statusCode(200)
                .extract().asString();

        assertThat(html).contains("<td>nordvik-fjord</td><td class=\"num\">5</td><td class=\"num\">4</td>")
                .contains("<dd>7</dd>", "<dd>6</dd>")
                .contains("data-week=\"" + ActivationsAnswers.thisWeek() + "\" data-value=\"7\"")
                .contains("2026-12 so far", "6 devices in use this month × CNY 1.00", "<strong>CNY 6.00</strong>. As of")
                .contains("<td>2026-10</td>", "href=\"/partner/statements/2026-10.csv\"",
                        "href=\"/partner/statements/2026-10.pdf\"");
        JwtClaims claims = Tokens.verifyBearer(activations.lastRequest("/api/makers/nordvik/activations")
                .header("Authorization"));
        assertThat(claims.getClaimValueAsString("maker")).isEqualTo("nordvik");
        assertThat(activations.lastRequest("/api/makers/lumo/activations")).isNull();
    }

    @Test
    void aPartnerDownloadsItsStatementAsCsvAndPdf() {
        WebSessions.Session partner = WebSessions.signInDemo("partner-nordvik");

        partner.given().get("/partner/statements/2026-10.csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"statement-nordvik-2026-10.csv\"")
                .body(equalTo(ActivationsAnswers.STATEMENT_CSV));
        partner.given().get("/partner/statements/2026-10.pdf").then().statusCode(200)
                .contentType("application/pdf").body(containsString("%PDF"));
    }

    @Test
    void aMissingStatementIsAPageThatSaysSoAndAMalformedMonthIsAnInputError() {
        WebSessions.Session partner = WebSessions.signInDemo("partner-nordvik");

        partner.given().get("/partner/statements/2026-09.csv").then().statusCode(404)
                .body(containsString("There is no closed statement for 2026-09 that you may read."));
        partner.given().get("/partner/statements/2026-13.pdf").then().statusCode(400)
                .body(containsString("The month must be a month such as 2026-11."));
        assertThat(activations.lastRequest("/api/makers/nordvik/statements/2026-13.pdf")).isNull();
    }

    @Test
    void whenTheActivationsServiceIsDownThePartnerStillSeesItsOrders() {
        WebSessions.Session partner = WebSessions.signInDemo("partner-nordvik");

        try (FakeBackend.Outage outage = activations.outage()) {
            partner.given().get("/partner").then().statusCode(200)
                    .body(containsString("Activation figures are unavailable right now"))
                    .body(containsString("Orders of your phones"));
        }
    }

    @Test
    void aMakerWithoutAContractIsToldHowActivationsArePaid() {
        WebSessions.Session partner = WebSessions.signInDemo("partner-nordvik");
        activations.forget("/api/makers/nordvik/activations");

        partner.given().get("/partner").then().statusCode(200)
                .body(containsString("Activations are counted and paid once your maker has a payout contract"));
    }

    @Test
    void theAdminSeesTheYearAgainstTheTargetByMakerModelAndWeek() {
        String html = WebSessions.signInDemo("admin").given().get("/admin/activations").then().statusCode(200)
                .extract().asString();

        assertThat(html).contains("<strong>7</strong> of 30,000,000 devices activated this year (0.000023%)")
                .contains("behind the pace the target needs by today")
                .contains("<td>lumo</td><td>lumo-one</td><td class=\"num\">4</td>")
                .contains("data-week=\"" + ActivationsAnswers.thisWeek() + "\" data-value=\"7\"");
    }

    @Test
    void theAdminClosesAMonthAndSeesEachMakersStatementOfIt() {
        ActivationsAnswers.closes(activations, "2026-11");
        WebSessions.Session admin = WebSessions.signInDemo("admin");

        String location = admin.form().formParam("month", "2026-11").post("/admin/activations/close").then()
                .statusCode(303).extract().header("Location");
        assertThat(activations.lastRequest("/api/statements/2026-11/close").method()).isEqualTo("POST");

        String html = admin.given().urlEncodingEnabled(false).get(location).then().statusCode(200).extract().asString();
        assertThat(html).contains("Closed 2026-11: its statements are final.")
                .contains("href=\"/admin/activations/statements/lumo/2026-11.csv\"", "CNY 4.00");
    }

    @Test
    void closingARunningMonthIsRefusedWithTheServicesReasonBesideTheField() {
        activations.answerPost("/api/statements/2026-12/close", 409, "application/problem+json", """
                {"type":"about:blank","title":"Conflict","status":409,"detail":"month: 2026-12 is still running",\
                "errors":[{"field":"month","reason":"2026-12 is still running: it can be closed from 2027-01-01T00:00:00Z"}]}""",
                java.util.Map.of());
        WebSessions.Session admin = WebSessions.signInDemo("admin");

        admin.form().formParam("month", "2026-12").post("/admin/activations/close").then().statusCode(409)
                .body(containsString("Month 2026-12: 2026-12 is still running: it can be closed from"))
                .body(containsString("value=\"2026-12\""));
        admin.form().formParam("month", "last month").post("/admin/activations/close").then().statusCode(400)
                .body(containsString("Month must be a month such as"));
    }

    @Test
    void onlyTheAdminClosesMonthsAndReadsEveryMakersStatements() {
        WebSessions.signInDemo("partner-nordvik").given().get("/admin/activations").then().statusCode(403);
        WebSessions.signInDemo("partner-nordvik").form().formParam("month", "2026-11")
                .post("/admin/activations/close").then().statusCode(403);
        WebSessions.signInDemo("support").given().get("/admin/activations/statements/lumo/2026-11.csv").then()
                .statusCode(403);
        WebSessions.signInDemo("operator").given().get("/partner").then().statusCode(403);
    }
}

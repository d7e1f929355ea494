package com.phonesmith.activations.figures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.phonesmith.activations.RealInfrastructure;
import com.phonesmith.activations.TestClock;
import com.phonesmith.activations.TestDevices;
import com.phonesmith.devstack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The figures of the running month and year: the month's statement as it stands, a maker's devices by model and
 * week, and the admin's summary by maker, model and week; a partner reads only its own maker's.
 */
@QuarkusTest
class RunningFiguresTest extends RealInfrastructure {
    private static final String CEDAR = "cedar-" + UUID.randomUUID().toString().substring(0, 8);

    private static boolean made;

    @BeforeEach
    void aMakerWithTwoActivatedDevicesAndOneStillInItsBox() {
        TestClock.reset();
        if (made) {
            return;
        }
        made = true;
        given().auth().oauth2(TestTokens.get().forRole("admin")).contentType("application/json")
                .body(Map.of("rateMinor", 150, "currency", "CNY"))
                .put("/api/makers/" + CEDAR + "/contracts/2026-11-01").then().statusCode(200);
        TestDevices.provisioned(CEDAR, "cedar-a").activate().then().statusCode(201);
        TestDevices.provisioned(CEDAR, "cedar-b").activate().then().statusCode(201);
        TestDevices.provisioned(CEDAR, "cedar-b");
    }

    @Test
    void thePartnerSeesTheRunningMonthsStatementAsItStandsNow() {
        partnerOf(CEDAR).get("/api/makers/" + CEDAR + "/statements/current").then().statusCode(200)
                .body("month", equalTo("2026-12")).body("asOf", equalTo(TestClock.START.toString()))
                .body("devicesInUse", equalTo(2)).body("rateMinor", equalTo(150)).body("currency", equalTo("CNY"))
                .body("inUseMinor", equalTo(300)).body("pendingCorrections", equalTo(0))
                .body("totalMinor", equalTo(300));
    }

    @Test
    void thePartnerSeesItsDevicesByModelAndWeek() {
        partnerOf(CEDAR).get("/api/makers/" + CEDAR + "/activations").then().statusCode(200)
                .body("models.find { it.model == 'cedar-b' }.activated", equalTo(1))
                .body("models.find { it.model == 'cedar-b' }.inUse", equalTo(1))
                .body("weeks.find { it.model == 'cedar-a' }.week", equalTo("2026-W49"));
    }

    @Test
    void anotherMakersPartnerFindsNothingOfThisMaker() {
        partnerOf("lumo").get("/api/makers/" + CEDAR + "/statements/current").then().statusCode(404)
                .contentType("application/problem+json");
        partnerOf("lumo").get("/api/makers/" + CEDAR + "/activations").then().statusCode(404);
        partnerOf("lumo").get("/api/activations/summary").then().statusCode(403);
    }

    @Test
    void theSummaryCountsTheYearAgainstTheTargetByMakerModelAndWeek() {
        given().auth().oauth2(TestTokens.get().forRole("admin")).get("/api/activations/summary").then()
                .statusCode(200).body("year", equalTo(2026)).body("target", equalTo(30_000_000))
                .body("makers.find { it.maker == '" + CEDAR + "' }.activatedThisYear", equalTo(2))
                .body("models.find { it.maker == '" + CEDAR + "' && it.model == 'cedar-a' }.inUse", equalTo(1))
                .body("weeks.find { it.maker == '" + CEDAR + "' }.activated", equalTo(2))
                .body("weeks.week", hasItem("2026-W49"));
    }

    @Test
    void askingForMoreWeeksThanTwoYearsIsRefusedNamingTheParameter() {
        given().auth().oauth2(TestTokens.get().forRole("admin")).get("/api/activations/summary?weeks=105").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("weeks"));
        partnerOf(CEDAR).get("/api/makers/" + CEDAR + "/activations?weeks=0").then().statusCode(400)
                .body("errors[0].field", equalTo("weeks"));
    }

    private static RequestSpecification partnerOf(String maker) {
        return given().auth().oauth2(TestTokens.get().partner("partner-" + maker, maker));
    }
}

package com.phonesmith.activations.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import com.phonesmith.activations.RealInfrastructure;
import com.phonesmith.activations.TestClock;
import com.phonesmith.activations.TestDevices;
import com.phonesmith.devstack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every maker the shop sells (configurator-api's catalog: the first two and the four launch partners) has its rate
 * contract from the start, so its activated devices earn it 1 yuan a month without an admin setting a rate first.
 */
@QuarkusTest
class SeededContractsTest extends RealInfrastructure {
    private static final List<String> MAKERS = List.of("kestrel", "lumo", "meridian", "nordvik", "okapi", "tessel");

    @Test
    void everyMakerOfTheCatalogIsPaidOneYuanAMonthPerDeviceInUseFromJanuary2026() {
        for (String maker : MAKERS) {
            given().auth().oauth2(TestTokens.get().forRole("admin")).get("/api/makers/" + maker + "/contracts")
                    .then().statusCode(200).body("size()", equalTo(1))
                    .body("[0].maker", equalTo(maker)).body("[0].effectiveFrom", equalTo("2026-01-01"))
                    .body("[0].rateMinor", equalTo(100)).body("[0].currency", equalTo("CNY"));
        }
    }

    @Test
    void aLaunchPartnersActivatedDeviceCountsInItsRunningStatementAtTheContractRate() {
        TestClock.reset();
        TestDevices.provisioned("okapi", "okapi-lite").activate().then().statusCode(201);

        given().auth().oauth2(TestTokens.get().partner("partner-okapi", "okapi"))
                .get("/api/makers/okapi/statements/current").then().statusCode(200)
                .body("maker", equalTo("okapi")).body("rateMinor", equalTo(100)).body("currency", equalTo("CNY"))
                .body("devicesInUse", greaterThanOrEqualTo(1));
        given().auth().oauth2(TestTokens.get().partner("partner-okapi", "okapi"))
                .get("/api/makers/meridian/contracts").then().statusCode(404);
    }
}

package com.phonesmith.factory.promise;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.factory.support.Calendar;
import com.phonesmith.factory.support.RackScan;
import com.phonesmith.factory.support.RealInfrastructure;
import com.phonesmith.handset.RackLayout;
import com.phonesmith.handset.Variant;
import com.phonesmith.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The promise as configurator-api asks for it: public, from the rack's real stock and the capacity calendar. */
@QuarkusTest
class PromiseResourceTest extends RealInfrastructure {
    /** A variant of the rack no other test of this service orders. */
    private static final String MOSS = "/api/promise?model=nordvik-tundra&colour=moss&storageGb=256";
    /** The makers that joined the launch (configurator-api's V15 migration), whose models no other test orders. */
    private static final List<String> LAUNCH_PARTNERS = List.of("kestrel", "meridian", "okapi", "tessel");

    @BeforeEach
    void theStationScanHasFoundTheRack() {
        RackScan.awaitRackFound();
    }

    @Test
    void aVariantInStockIsPromisedForTodayAndDeliveredAfterTransitWithoutAToken() {
        LocalDate today = Calendar.today();
        given().get(MOSS).then().statusCode(200)
                .body("model", equalTo("nordvik-tundra"))
                .body("colour", equalTo("moss"))
                .body("storageGb", equalTo(256))
                .body("promisable", equalTo(true))
                .body("shipDate", equalTo(today.toString()))
                .body("deliveryDate", equalTo(today.plusDays(2).toString()))
                .body("reason", nullValue());
    }

    @Test
    void everyVariantOfTheLaunchPartnersModelsOnTheRackIsFoundByTheScanAndPromisedForToday() {
        LocalDate today = Calendar.today();
        List<RackLayout.Slot> partners = RackLayout.standard().slots().stream()
                .filter(slot -> LAUNCH_PARTNERS.stream().anyMatch(m -> slot.variant().model().startsWith(m + "-")))
                .toList();

        assertThat(partners).hasSize(32);
        for (RackLayout.Slot slot : partners) {
            Variant variant = slot.variant();
            given().queryParam("model", variant.model()).queryParam("colour", variant.colour())
                    .queryParam("storageGb", variant.storageGb()).get("/api/promise").then().statusCode(200)
                    .body("model", equalTo(variant.model())).body("colour", equalTo(variant.colour()))
                    .body("storageGb", equalTo(variant.storageGb()))
                    .body("promisable", equalTo(true))
                    .body("shipDate", equalTo(today.toString()))
                    .body("deliveryDate", equalTo(today.plusDays(2).toString()));
        }
    }

    @Test
    void aVariantNobodyStocksIsNotPromisedAndTheReasonSaysWhich() {
        given().get("/api/promise?model=nordvik-tundra&colour=gold&storageGb=1024").then().statusCode(200)
                .body("promisable", equalTo(false))
                .body("shipDate", nullValue())
                .body("reason", equalTo("no nordvik-tundra gold 1024 GB handset is in stock"));
    }

    @Test
    void whenTheNextSixDaysAreFullTheEarliestDeliveryIsShownButNotPromised() {
        LocalDate today = Calendar.today();
        Map<LocalDate, Integer> original = new LinkedHashMap<>();
        try {
            for (int i = 0; i < 6; i++) {
                LocalDate day = today.plusDays(i);
                original.put(day, Calendar.capacity(day));
                assertThat(Calendar.setCapacity(day, Calendar.booked(day))).isEqualTo(200);
            }
            given().get(MOSS).then().statusCode(200)
                    .body("promisable", equalTo(false))
                    .body("shipDate", equalTo(today.plusDays(6).toString()))
                    .body("deliveryDate", equalTo(today.plusDays(8).toString()));
        } finally {
            original.forEach(Calendar::setCapacity);
        }
        given().get(MOSS).then().body("promisable", equalTo(true));
    }

    @Test
    void aMissingOrMalformedParameterIsAProblemNamingTheField() {
        given().get("/api/promise?colour=moss&storageGb=256").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("model"))
                .body("errors[0].reason", equalTo("is required"));
        given().get("/api/promise?model=nordvik-tundra&colour=moss&storageGb=lots").then().statusCode(400)
                .body("errors[0].field", equalTo("storageGb"))
                .body("errors[0].reason", equalTo("must be a whole number of gigabytes from 1 to 4096, got lots"));
        given().get("/api/promise?model=nordvik%20tundra&colour=moss&storageGb=256").then().statusCode(400)
                .body("errors[0].field", equalTo("model"));
    }
}

package com.phonesmith.configurator.promise;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.phonesmith.configurator.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/promise} against factory-adapter played by {@link FakeFactory}. The test clock's today is Tuesday
 * 1 December 2026, so the seventh day is Tuesday 8 December.
 */
@QuarkusTest
class PromiseTest extends RealInfrastructure {
    private final FakeFactory factory = FakeFactory.forService();

    @BeforeEach
    void factoryKnowsNothingYet() {
        factory.answer(404, "application/problem+json", "{\"status\":404}", Duration.ZERO);
    }

    private static ValidatableResponse promise(String model, String colour, Object storageGb) {
        return given().queryParam("model", model).queryParam("colour", colour).queryParam("storageGb", storageGb)
                .when().get("/api/promise").then();
    }

    private static ValidatableResponse cannotPromiseNow() {
        return promise("lumo-one", "coral", 128).statusCode(200).contentType("application/json")
                .body("model", equalTo("lumo-one")).body("colour", equalTo("coral")).body("storageGb", equalTo(128))
                .body("promisable", equalTo(false)).body("shipDate", nullValue()).body("deliveryDate", nullValue())
                .body("reason", equalTo("we cannot promise a delivery date right now"));
    }

    @Test
    void aVariantTheFactoryDeliversWithinSevenDaysIsPromisedWithItsShipAndDeliveryDates() {
        factory.promise("lumo-one", "coral", 128, "2026-12-02", "2026-12-04");

        promise("lumo-one", "coral", 128).statusCode(200).contentType("application/json")
                .body("model", equalTo("lumo-one")).body("colour", equalTo("coral")).body("storageGb", equalTo(128))
                .body("promisable", equalTo(true)).body("shipDate", equalTo("2026-12-02"))
                .body("deliveryDate", equalTo("2026-12-04")).body("reason", nullValue());
        assertThat(factory.lastQuery()).isEqualTo("model=lumo-one&colour=coral&storageGb=128");
    }

    @Test
    void aDeliveryTheFactoryPromisesBeyondSevenDaysIsNotPromised() {
        factory.promise("lumo-one", "coral", 128, "2026-12-07", "2026-12-09");

        promise("lumo-one", "coral", 128).statusCode(200).body("promisable", equalTo(false))
                .body("deliveryDate", equalTo("2026-12-09"))
                .body("reason", equalTo("the earliest delivery is Wed 9 Dec, beyond seven days"));
    }

    @Test
    void theFactorysRefusalIsPassedOnWithItsReason() {
        factory.promise(FakeFactory.answerJson("lumo-one", "coral", 128, false, null, null,
                "no lumo-one coral 128 GB handset in stock"));

        promise("lumo-one", "coral", 128).statusCode(200).body("promisable", equalTo(false))
                .body("deliveryDate", nullValue()).body("reason", equalTo("no lumo-one coral 128 GB handset in stock"));
    }

    @Test
    void whenTheFactoryIsDownTheAnswerIsTheHonestFallbackNotAnError() {
        try (FakeFactory.Outage down = factory.outage()) {
            cannotPromiseNow();
        }
    }

    @Test
    void whenTheFactoryAnswersNonsenseTheAnswerIsTheHonestFallback() {
        factory.answer(500, "application/problem+json", "{\"status\":500}", Duration.ZERO);
        cannotPromiseNow();
        factory.answer(200, "text/html", "<html>maintenance</html>", Duration.ZERO);
        cannotPromiseNow();
        factory.promise("{\"promisable\":true}");
        cannotPromiseNow();
        factory.promise("lumo-one", "ink", 128, "2026-12-02", "2026-12-04");
        cannotPromiseNow();
    }

    @Test
    void whenTheFactoryIsTooSlowTheAnswerIsTheHonestFallbackWithinAboutASecond() {
        factory.answer(200, "application/json", FakeFactory.answerJson("lumo-one", "coral", 128, true, "2026-12-02",
                "2026-12-04", null), Duration.ofSeconds(5));
        long start = System.nanoTime();

        cannotPromiseNow();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aVariantTheCatalogDoesNotSellIsNotFoundNamingTheField() {
        int asked = factory.asked();

        promise("lumo-zero", "coral", 128).statusCode(404).contentType("application/problem+json")
                .body("errors[0].field", equalTo("model")).body("errors[0].reason", equalTo("is not a model we sell"));
        promise("lumo-one", "gold", 128).statusCode(404).contentType("application/problem+json")
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].reason", equalTo("is not offered for lumo-one (offered: coral, ink)"));
        promise("lumo-one", "coral", 512).statusCode(404).body("errors[0].field", equalTo("storageGb"));
        assertThat(factory.asked()).isEqualTo(asked);
    }

    @Test
    void aMissingOrMalformedParameterIsABadRequestNamingIt() {
        promise("lumo-one", "coral", "lots").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("storageGb"))
                .body("errors[0].reason", equalTo("must be a whole number of GB"));
        given().queryParams(Map.of("model", "lumo-one", "storageGb", 128)).when().get("/api/promise").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("colour"));
        given().when().get("/api/promise").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("colour", "model", "storageGb"));
    }
}

package com.phonesmith.factory.stock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.factory.support.RackScan;
import com.phonesmith.factory.support.RealInfrastructure;
import com.phonesmith.handset.RackLayout;
import com.phonesmith.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HandsetResourceTest extends RealInfrastructure {

    @BeforeEach
    void theStationScanHasFoundTheRack() {
        RackScan.awaitRackFound();
    }

    @Test
    void theStockHoldsEveryHandsetOfTheRackWithItsVariantAndStation() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath answer = given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR))
                    .get("/api/handsets?size=200&page=" + page).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> found = answer.getList("items");
            items.addAll(found);
            if (found.isEmpty() || items.size() >= answer.getLong("total")) {
                break;
            }
        }

        assertThat(RackLayout.standard().handsetCount()).isEqualTo(96);
        for (RackLayout.Slot slot : RackLayout.standard().slots()) {
            long units = items.stream().filter(h -> slot.variant().model().equals(h.get("model"))
                    && slot.variant().colour().equals(h.get("colour"))
                    && Integer.valueOf(slot.variant().storageGb()).equals(h.get("storageGb"))).count();
            assertThat(units).as("units of %s", slot.variant()).isGreaterThanOrEqualTo(slot.units());
        }
        assertThat(items).allSatisfy(h -> {
            assertThat((String) h.get("imei")).matches("\\d{15}");
            assertThat((String) h.get("serial")).isEqualTo("PS" + h.get("stationPort"));
        });
    }

    @Test
    void availableHandsetsComePageByPageInImeiOrder() {
        JsonPath first = given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR)).get("/api/handsets?status=AVAILABLE&page=0&size=5").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(5))
                .extract().jsonPath();
        JsonPath second = given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR)).get("/api/handsets?status=available&page=1&size=5").then().statusCode(200)
                .extract().jsonPath();

        List<String> imeis = first.getList("items.imei");
        List<String> next = second.getList("items.imei");
        assertThat(imeis).hasSize(5).isSorted();
        assertThat(next).hasSize(5).isSorted();
        assertThat(next.get(0)).isGreaterThan(imeis.get(4));
        assertThat(first.getList("items.status", String.class)).containsOnly("AVAILABLE");
        assertThat(first.getLong("total")).isGreaterThanOrEqualTo(10);
    }

    @Test
    void anUnknownStatusIsABadRequestNamingTheStatus() {
        given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR)).get("/api/handsets?status=LOST")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].reason", equalTo("must be one of AVAILABLE, RESERVED, SHIPPED, FAULTY, got LOST"));
    }

    @Test
    void aPageSizeOutOfRangeIsABadRequestNamingTheSize() {
        given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR)).get("/api/handsets?size=1000").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR)).get("/api/handsets?page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR)).get("/api/handsets?page=first").then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void anUnknownImeiIsANotFoundProblem() {
        given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR)).get("/api/handsets/000000000000000").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR)).get("/api/handsets/abc").then().statusCode(400).body("errors[0].field", equalTo("imei"));
    }
}

package com.phonesmith.web.factory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.FactoryFloor;
import com.phonesmith.web.fake.FakeBackend;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.Orders;
import com.phonesmith.web.support.Tokens;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The station console, read from and acted on through factory-adapter with the operator's own token. */
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
    void anUnknownStationIsAnInputError() {
        WebSessions.signInDemo("operator").given().get("/factory/stations/painting").then().statusCode(400);
    }
}

package com.phonesmith.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.FakeBackend;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.WorkOrders;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Support finds an order by its handset's IMEI or its parcel's tracking number, asking factory-adapter. */
@QuarkusTest
class SupportSearchTest extends RealInfrastructure {
    private static final String IMEI = "490154203237518";
    private static final String TRACKING_NUMBER = "PS4821930575";
    private static final String UNKNOWN_IMEI = "352099001761481";
    private static final String UNKNOWN_TRACKING_NUMBER = "PS0000000001";

    private final FakeBackend factory = FakeBackends.get().factory();
    private String orderId;

    @BeforeEach
    void theFactoryShippedAPhoneAndKnowsNoOtherOne() {
        orderId = UUID.randomUUID().toString();
        WorkOrders.found(factory, WorkOrders.byImei(IMEI), orderId, IMEI, TRACKING_NUMBER);
        WorkOrders.found(factory, WorkOrders.byTrackingNumber(TRACKING_NUMBER), orderId, IMEI, TRACKING_NUMBER);
        WorkOrders.unknown(factory, WorkOrders.byImei(UNKNOWN_IMEI));
        WorkOrders.unknown(factory, WorkOrders.byTrackingNumber(UNKNOWN_TRACKING_NUMBER));
    }

    @AfterEach
    void theFactoryForgetsThem() {
        for (String lookup : List.of(WorkOrders.byImei(IMEI), WorkOrders.byTrackingNumber(TRACKING_NUMBER),
                WorkOrders.byImei(UNKNOWN_IMEI), WorkOrders.byTrackingNumber(UNKNOWN_TRACKING_NUMBER))) {
            factory.forget(lookup);
        }
    }

    @Test
    void anImeiLeadsToTheOrderOfItsHandsetAskedWithSupportsToken() throws Exception {
        String location = search(" " + IMEI + " ").then().statusCode(303).extract().header("Location");

        assertThat(location).endsWith("/orders/" + orderId);
        FakeBackend.Received asked = factory.lastRequest(WorkOrders.PATH);
        assertThat(asked.pathAndQuery()).isEqualTo(WorkOrders.byImei(IMEI));
        JwtClaims claims = Tokens.verifyBearer(asked.header("Authorization"));
        assertThat(claims.getClaimValue("groups")).isEqualTo(List.of("support"));
    }

    @Test
    void aTrackingNumberLeadsToTheOrderShippedWithIt() {
        String location = search(TRACKING_NUMBER).then().statusCode(303).extract().header("Location");

        assertThat(location).endsWith("/orders/" + orderId);
        assertThat(factory.lastRequest(WorkOrders.PATH).pathAndQuery())
                .isEqualTo(WorkOrders.byTrackingNumber(TRACKING_NUMBER));
    }

    @Test
    void anImeiNoOrderHasIsSaidAboveTheNewestOrders() {
        search(UNKNOWN_IMEI).then().statusCode(200)
                .body(containsString("No order has a handset with IMEI " + UNKNOWN_IMEI + "."))
                .body(containsString("Newest orders"))
                .body(containsString("id=\"incidents\""));
    }

    @Test
    void aTrackingNumberNoParcelHasIsSaidAboveTheNewestOrders() {
        search(UNKNOWN_TRACKING_NUMBER).then().statusCode(200)
                .body(containsString("No order was shipped with tracking number " + UNKNOWN_TRACKING_NUMBER + "."))
                .body(containsString("Newest orders"));
    }

    @Test
    void withoutFactoryAdapterThePageSaysTheFactoryCouldNotBeAsked() {
        WebSessions.Session support = WebSessions.signInDemo("support");

        try (FakeBackend.Outage outage = factory.outage()) {
            support.given().queryParam("q", IMEI).get("/support").then().statusCode(200)
                    .body(containsString("The factory could not be asked which order has IMEI " + IMEI))
                    .body(containsString("id=\"orders\""));
        }
    }

    @Test
    void wordsAndEMailsAreNotSentToTheFactory() {
        FakeBackend.Received before = factory.lastRequest(WorkOrders.PATH);

        for (String query : List.of("ada@example.org", "birch", "PS-12")) {
            search(query).then().statusCode(200).body(not(containsString("id=\"search-message\"")));
        }

        assertThat(factory.lastRequest(WorkOrders.PATH)).isSameAs(before);
    }

    @Test
    void aShopperMayNotSearch() {
        FakeBackend.Received before = factory.lastRequest(WorkOrders.PATH);

        WebSessions.signInDemo("shopper").given().queryParam("q", IMEI).get("/support").then().statusCode(403);

        assertThat(factory.lastRequest(WorkOrders.PATH)).isSameAs(before);
    }

    private static io.restassured.response.Response search(String query) {
        return WebSessions.signInDemo("support").given().queryParam("q", query).get("/support");
    }
}

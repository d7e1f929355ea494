package com.phonesmith.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.Orders;
import com.phonesmith.web.support.Tokens;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/** The page of each role shows that role's data, read from the services with the person's own token. */
@QuarkusTest
class RolePagesTest extends RealInfrastructure {
    private final FakeBackends backends = FakeBackends.get();

    @Test
    void aShopperSeesTheirOrdersAsConfiguratorApiListsThemForTheirAccount() throws Exception {
        String id = Orders.freshId();
        backends.configurator().json("/api/orders", "{\"items\":[" + Orders.order(id, "PLACED")
                + "],\"page\":0,\"size\":20,\"total\":1}");

        String html = WebSessions.signInDemo("shopper").given().get("/account").then().statusCode(200)
                .extract().asString();

        assertThat(html).contains("<a class=\"order-id\" href=\"/orders/" + id + "\">", "€464.00");
        JwtClaims claims = Tokens.verifyBearer(backends.configurator().lastRequest("/api/orders").header("Authorization"));
        assertThat(claims.getClaimValue("groups")).isEqualTo(List.of("shopper"));
        backends.configurator().json("/api/orders", "{\"items\":[],\"page\":0,\"size\":20,\"total\":0}");
    }

    @Test
    void supportFindsAnOrderByIdOrTheBuyersEmail() {
        WebSessions.Session support = WebSessions.signInDemo("support");
        String id = "3bb19a43-1111-4222-8333-444455556666";

        support.given().queryParam("q", " " + id + " ").get("/support")
                .then().statusCode(303).header("Location", endsWith("/orders/" + id));
        support.given().queryParam("q", "ada@example.org").get("/support").then().statusCode(200)
                .body(containsString("Orders of ada@example.org"));
        assertThat(backends.configurator().lastRequest("/api/orders").pathAndQuery()).contains("email=ada%40example.org");
    }

    @Test
    void anOperatorSeesTheStockAndAWorkOrderWithoutBuyersData() {
        String orderId = Orders.freshId();
        backends.factory().json("/api/handsets", """
                {"items":[{"imei":"356938035643809","serial":"PS1","model":"lumo-one","colour":"coral","storageGb":128,\
                "status":"RESERVED","orderId":"%s"}],"page":0,"size":50,"total":1}""".formatted(orderId));
        backends.factory().json("/api/work-orders/" + orderId, """
                {"orderId":"%s","model":"lumo-one","colour":"coral","storageGb":128,"imei":"356938035643809",\
                "status":"FLASHING","imageDigest":"4f2a","attempts":1,"history":[]}""".formatted(orderId));
        WebSessions.Session operator = WebSessions.signInDemo("operator");

        String html = operator.given().queryParam("orderId", orderId).get("/factory").then().statusCode(200)
                .extract().asString();

        assertThat(html).contains("356938035643809", "<dd>FLASHING</dd>", "RESERVED");
        assertThat(html).doesNotContain("@example");
    }

    @Test
    void aPartnerSeesItsOwnMakersFigures() throws Exception {
        backends.configurator().json("/api/makers/nordvik/sales", """
                {"maker":"nordvik","name":"Nordvik Devices","currency":"EUR","orders":3,"valueMinor":134700,\
                "variants":[{"model":"nordvik-fjord","colour":"birch","storageGb":256,"orders":3,"valueMinor":134700}],\
                "weeks":[{"weekStart":"2026-11-23","orders":3}]}""");
        await().atMost(Duration.ofSeconds(30)).until(() -> WebSessions.attempt(WebSessions.newBrowser(),
                "partner-nordvik", WebSessions.DEMO_PASSWORD).statusCode() == 303);

        String html = WebSessions.signInDemo("partner-nordvik").given().get("/partner").then().statusCode(200)
                .extract().asString();

        assertThat(html).contains("Nordvik Devices: your phones", "nordvik-fjord", "€1,347.00", "2026-11-23");
        JwtClaims claims = Tokens.verifyBearer(backends.configurator().lastRequest("/api/makers/nordvik/sales")
                .header("Authorization"));
        assertThat(claims.getClaimValueAsString("maker")).isEqualTo("nordvik");
        assertThat(backends.configurator().lastRequest("/api/makers/lumo/sales")).isNull();
    }

    @Test
    void aPageOfAnotherRoleIsRefusedWithAPageThatSaysSo() {
        WebSessions.signInDemo("shopper").given().get("/support").then().statusCode(403)
                .body(containsString("This page is not open to your account (shopper)."));
        WebSessions.signInDemo("operator").given().get("/admin").then().statusCode(403);
    }
}

package com.phonesmith.web.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.FakeBackend;
import com.phonesmith.web.fake.FakeBackends;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogPageTest extends RealInfrastructure {
    private final FakeBackends backends = FakeBackends.get();

    @Test
    void theHomePageShowsEveryMakerModelAndVariantWithItsPrice() {
        String html = given().get("/").then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();

        assertThat(html).contains("<html lang=\"en\">", "<h1>Configure your phone</h1>",
                "Nordvik Devices", "Lumo Mobile", "Nordvik Fjord", "Nordvik Tundra", "Lumo One", "Lumo Pro");
        assertThat(html).contains("<td>Slate</td><td>128 GB</td><td class=\"num\">€399.00</td>",
                "<td>Snow</td><td>512 GB</td><td class=\"num\">€729.00</td>",
                "<td>Sand</td><td>256 GB</td><td class=\"num\">€1,399.00</td>",
                "from <strong>€249.00</strong>");
    }

    @Test
    void theHomePageListsTheOsFeaturesAndAppsWithTheirSurcharges() {
        String html = given().get("/").then().statusCode(200).extract().asString();

        assertThat(html).contains("<h2 id=\"features-heading\">OS features</h2>", "<h2 id=\"apps-heading\">Apps</h2>",
                "microG services", "Private DNS", "Work profile", "+€15.00", "Desktop mode", "+€29.00",
                "Firefox", "Signal", "OsmAnd", "K-9 Mail", "NewPipe", "Navigator Pro", "+€19.99", "Included",
                "Offline maps and navigation.");
    }

    @Test
    void theHomePageHasALabelledTrackAnOrderFormThatGoesToTheOrders() {
        String html = given().get("/").then().statusCode(200).extract().asString();

        assertThat(html).contains("<h2 id=\"track-heading\">Track an order</h2>",
                "<form action=\"/orders\" method=\"get\"", "<label for=\"order-id\">Order id</label>",
                "<input id=\"order-id\" name=\"id\"", "<button type=\"submit\">Track order</button>");
    }

    @Test
    void whenConfiguratorApiIsDownTheHomePageIsA503PageNamingIt() {
        FakeBackend configurator = backends.configurator();
        try (FakeBackend.Outage outage = configurator.outage()) {
            String html = given().get("/").then().statusCode(503)
                    .header("Retry-After", "10")
                    .contentType(containsString("text/html")).extract().asString();

            assertThat(html).contains("<html lang=\"en\">", "Temporarily unavailable",
                    "This page needs configurator-api, which is unavailable right now.");
            assertThat(html).doesNotContain("Exception", "at com.", "at io.");
        }
        given().get("/").then().statusCode(200);
    }

    @Test
    void theStylesheetAndHtmxAreServed() {
        given().get("/css/site.css").then().statusCode(200).contentType(containsString("text/css"));
        given().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200)
                .body(containsString("htmx"));
    }
}

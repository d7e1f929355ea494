package com.phonesmith.web.catalogadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.FakeBackend;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.LaunchWindows;
import com.phonesmith.web.support.Tokens;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin's launches page: configurator-api's launches with their units sold and left, and the form that creates
 * one, checked in web first and refused by configurator-api beside the fields it names. Times in the display zone
 * (UTC in the tests).
 */
@QuarkusTest
class LaunchesPageTest extends RealInfrastructure {
    private static final List<String> LUMO_PRO = List.of("ink/128", "ink/256", "sand/128", "sand/256");
    private final FakeBackend configurator = FakeBackends.get().configurator();
    private LaunchWindows launches;

    @BeforeEach
    void configuratorApiPlaysTheLaunches() {
        launches = LaunchWindows.install()
                .with("fjord-autumn", "nordvik-fjord", Instant.parse("2026-10-01T08:00:00Z"),
                        Instant.parse("2026-10-08T08:00:00Z"), 1, new Object[] {"birch", 128, 5000, 5000})
                .with("lumo-pro-winter", "lumo-pro", Instant.parse("2026-12-10T08:00:00Z"),
                        Instant.parse("2026-12-17T08:00:00Z"), 2, new Object[] {"ink", 256, 30000, 1200},
                        new Object[] {"sand", 256, 10000, 0});
    }

    @AfterEach
    void noLaunchesForTheTestsThatFollow() {
        launches.uninstall();
    }

    /** The create form as a browser sends it for the Lumo Pro, with the units of ink 256 GB and sand 256 GB. */
    private static RequestSpecification lumoProLaunch(WebSessions.Session admin, String code) {
        return admin.form().formParam("code", code).formParam("model", "lumo-pro")
                .formParam("opensAt", "2027-01-10T08:00").formParam("closesAt", "2027-01-17T20:30")
                .formParam("perCustomer", "2").formParam("variant", LUMO_PRO.toArray())
                .formParam("units", "", "30000", "", "10000");
    }

    @Test
    void theAdminSeesTheLaunchesNewestWindowFirstWithTheUnitsSoldAndLeftOfEachVariant() throws Exception {
        String html = WebSessions.signInDemo("admin").given().get("/admin/launches").then().statusCode(200)
                .extract().asString();

        assertThat(html).contains("<caption>lumo-pro-winter: Lumo Pro, ",
                "Opens <time datetime=\"2026-12-10T08:00:00Z\">2026-12-10 08:00:00 UTC</time>, closes <time"
                        + " datetime=\"2026-12-17T08:00:00Z\">2026-12-17 08:00:00 UTC</time>; at most 2 per buyer.",
                "<tr><th scope=\"row\">ink 256 GB</th><td class=\"num\">30,000</td><td class=\"num\">1,200</td>"
                        + "<td class=\"num\">28,800</td></tr>",
                "<tfoot><tr><th scope=\"row\">All variants</th><td class=\"num\">40,000</td><td class=\"num\">1,200"
                        + "</td><td class=\"num\">38,800</td></tr></tfoot>",
                "<caption>fjord-autumn: Nordvik Fjord, closed.",
                "Launches 1 to 2 of 2, newest window first.");
        assertThat(html.indexOf("id=\"launch-lumo-pro-winter\""))
                .isLessThan(html.indexOf("id=\"launch-fjord-autumn\""));
        FakeBackend.Received list = configurator.lastRequest(LaunchWindows.PATH);
        assertThat(list.pathAndQuery()).isEqualTo("/api/launches?page=0&size=50");
        JwtClaims claims = Tokens.verifyBearer(list.header("Authorization"));
        assertThat(claims.getClaimValue("groups")).isEqualTo(List.of("admin"));
        assertThat(html.split("name=\"csrf\"", -1)).hasSize(html.split("<form ", -1).length);
    }

    @Test
    void theFormShowsAUnitsFieldForEachVariantOfTheChosenModel() {
        WebSessions.Session admin = WebSessions.signInDemo("admin");

        String html = admin.given().get("/admin/launches?model=lumo-pro").then().statusCode(200).extract().asString();
        assertThat(html).contains("<option value=\"lumo-pro\" selected>Lumo Pro</option>",
                "<legend>Units of each variant of the Lumo Pro</legend>",
                "<input type=\"hidden\" name=\"variant\" value=\"sand/256\">",
                "<label for=\"units-3\">Units of sand 256 GB</label>",
                "hx-get=\"/admin/launches\" hx-select=\"#quota-fieldset\" hx-target=\"#quota-fields\"",
                "<label for=\"launch-opens\">Opens (UTC)</label>");

        FakeBackend.Received before = configurator.lastRequest(LaunchWindows.PATH);
        String fragment = admin.given().header("HX-Request", "true").get("/admin/launches?model=nordvik-tundra")
                .then().statusCode(200).extract().asString();
        assertThat(fragment).contains("<label for=\"units-0\">Units of moss 256 GB</label>")
                .doesNotContain("Units of sand 256 GB");
        assertThat(configurator.lastRequest(LaunchWindows.PATH)).as("htmx asks for the variants only")
                .isSameAs(before);
    }

    @Test
    void anAdminCreatesALaunchWithTheWindowInTheDisplayZoneAndOnlyTheVariantsGivenUnits() throws Exception {
        WebSessions.Session admin = WebSessions.signInDemo("admin");

        String location = lumoProLaunch(admin, "lumo-pro-new-year").post("/admin/launches").then().statusCode(303)
                .extract().header("Location");

        FakeBackend.Received post = configurator.lastRequest(LaunchWindows.PATH);
        assertThat(post.method()).isEqualTo("POST");
        Map<String, Object> sent = new ObjectMapper().readValue(post.body(), new TypeReference<>() { });
        assertThat(sent).isEqualTo(Map.of("code", "lumo-pro-new-year", "model", "lumo-pro",
                "opensAt", "2027-01-10T08:00:00Z", "closesAt", "2027-01-17T20:30:00Z", "perCustomer", 2, "quotas", List.of(Map.of("colour", "ink", "storageGb", 256, "units", 30000),
                        Map.of("colour", "sand", "storageGb", 256, "units", 10000))));
        assertThat(Tokens.verifyBearer(post.header("Authorization")).getClaimValue("groups"))
                .isEqualTo(List.of("admin"));
        String html = admin.given().urlEncodingEnabled(false).get(location).then().statusCode(200).extract().asString();
        assertThat(html).contains("id=\"notice\">Launch lumo-pro-new-year of the Lumo Pro created: pre-orders open"
                        + " 2027-01-10 08:00:00 UTC and close 2027-01-17 20:30:00 UTC, 40,000 units in 2 variants, at"
                        + " most 2 per buyer.</p>", "id=\"launch-lumo-pro-new-year\"");
        assertThat(html.indexOf("id=\"launch-lumo-pro-new-year\""))
                .isLessThan(html.indexOf("id=\"launch-lumo-pro-winter\""));
    }

    @Test
    void webRefusesWhatCannotBeALaunchBesideEachFieldBeforeConfiguratorApiIsAsked() {
        WebSessions.Session admin = WebSessions.signInDemo("admin");

        String html = admin.form().formParam("code", "Lumo Pro!").formParam("model", "lumo-pro")
                .formParam("opensAt", "2027-01-10T08:00").formParam("closesAt", "2027-01-10T07:00")
                .formParam("perCustomer", "0").formParam("variant", LUMO_PRO.toArray())
                .formParam("units", "", "-5", "", "lots").post("/admin/launches").then().statusCode(400)
                .extract().asString();

        assertThat(html).contains(
                "id=\"launch-code-error\" role=\"alert\">The code must be lower-case letters, digits and dashes (at"
                        + " most 50), starting with a letter or digit, such as lumo-pro-launch.</p>",
                "id=\"launch-closes-error\" role=\"alert\">The launch must close after it opens.</p>",
                "id=\"launch-per-customer-error\" role=\"alert\">The limit per buyer must be a whole number from 1 to"
                        + " 1,000, not “0”.</p>",
                "id=\"units-1-error\" role=\"alert\">The units of ink 256 GB must be a whole number from 0 to"
                        + " 10,000,000, not “-5”.</p>",
                "id=\"units-3-error\" role=\"alert\">The units of sand 256 GB must be a whole number from 0 to"
                        + " 10,000,000, not “lots”.</p>",
                "value=\"Lumo Pro!\"", "value=\"2027-01-10T07:00\"", "value=\"lots\" aria-invalid=\"true\"")
                .doesNotContain("Exception");
        admin.form().formParam("code", "empty").formParam("model", "lumo-pro").formParam("opensAt", "soon")
                .formParam("closesAt", "").formParam("perCustomer", "1").formParam("variant", LUMO_PRO.toArray())
                .formParam("units", "", "", "", "").post("/admin/launches").then().statusCode(400)
                .body(containsString("id=\"quotas-error\" role=\"alert\">Enter the units of at least one variant"))
                .body(containsString("id=\"launch-opens-error\" role=\"alert\">The opening time must be a date and"
                        + " time such as 2026-12-10T08:00, not “soon”.</p>"))
                .body(containsString("id=\"launch-closes-error\" role=\"alert\">Enter the closing date and time.</p>"));
        assertThat(configurator.lastRequest(LaunchWindows.PATH).method()).isEqualTo("GET");
    }

    @Test
    void unitsTypedForAnotherModelsVariantsAreAskedForAgainForTheModelChosen() {
        String html = WebSessions.signInDemo("admin").form().formParam("code", "switched")
                .formParam("model", "lumo-pro")
                .formParam("opensAt", "2027-01-10T08:00").formParam("closesAt", "2027-01-17T08:00")
                .formParam("perCustomer", "1").formParam("variant", "coral/64", "coral/128", "ink/64", "ink/128")
                .formParam("units", "10", "10", "10", "10").post("/admin/launches").then().statusCode(400)
                .extract().asString();

        assertThat(html).contains("id=\"quotas-error\" role=\"alert\">Enter the units of each variant of the Lumo Pro:"
                + " the form showed the variants of another model.</p>", "<label for=\"units-3\">Units of sand 256 GB"
                + "</label>", "value=\"switched\"");
        assertThat(configurator.lastRequest(LaunchWindows.PATH).method()).isEqualTo("GET");
    }

    @Test
    void configuratorApisRefusalsAreShownBesideTheFieldsTheyName() {
        WebSessions.Session admin = WebSessions.signInDemo("admin");

        lumoProLaunch(admin, "lumo-pro-winter").post("/admin/launches").then().statusCode(409)
                .body(containsString("id=\"launch-code-error\" role=\"alert\">The code is already a launch.</p>"))
                .body(containsString("value=\"30000\""));
        launches.with("lumo-pro-january", "lumo-pro", Instant.parse("2027-01-15T00:00:00Z"),
                Instant.parse("2027-01-20T00:00:00Z"), 1);
        lumoProLaunch(admin, "lumo-pro-overlap").post("/admin/launches").then().statusCode(409)
                .body(containsString("id=\"launch-opens-error\" role=\"alert\">The window overlaps the launch"
                        + " lumo-pro-january of the same model.</p>"));
        launches.refuseNext(422, "quotas[1]", "is not a variant of lumo-pro");
        lumoProLaunch(admin, "lumo-pro-gone").post("/admin/launches").then().statusCode(422)
                .body(containsString("id=\"units-3-error\" role=\"alert\">Sand 256 GB is not a variant of"
                        + " lumo-pro.</p>"))
                .body(containsString("value=\"10000\" aria-invalid=\"true\" aria-describedby=\"units-3-error\""));
        launches.refuseNext(422, "model", "is not a model we sell");
        lumoProLaunch(admin, "lumo-pro-withdrawn").post("/admin/launches").then().statusCode(422)
                .body(containsString("id=\"launch-model-error\" role=\"alert\">The model is not a model we sell.</p>"));

        assertThat(launches.codes()).containsExactly("fjord-autumn", "lumo-pro-winter", "lumo-pro-january");
    }

    @Test
    void withoutTheListFromConfiguratorApiThePageSaysSoAndTheFormStillWorks() {
        configurator.forget(LaunchWindows.PATH);

        WebSessions.signInDemo("admin").given().get("/admin/launches").then().statusCode(200)
                .body(containsString("id=\"launches-unavailable\">The launches could not be loaded"))
                .body(containsString("id=\"launch-form\""));
    }

    @Test
    void onlyTheAdminReachesThePageAndItsFormAndGuestsAreAskedToSignIn() {
        for (String role : List.of("support", "shopper", "operator", "partner-nordvik")) {
            WebSessions.Session session = WebSessions.signInDemo(role);
            session.given().get("/admin/launches").then().statusCode(403);
            lumoProLaunch(session, "lumo-pro-" + role).post("/admin/launches").then().statusCode(403);
        }
        WebSessions.Csrf guest = WebSessions.newBrowser();
        guest.given().get("/admin/launches").then().statusCode(303).header("Location", containsString("/login"));
        guest.given().contentType("application/x-www-form-urlencoded").formParam("csrf", guest.token())
                .formParam("code", "guest").post("/admin/launches").then().statusCode(303)
                .header("Location", containsString("/login"));

        assertThat(launches.codes()).containsExactly("fjord-autumn", "lumo-pro-winter");
    }

    @Test
    void theFormWithoutItsCsrfTokenIsRefusedAndNothingIsSent() {
        WebSessions.Session admin = WebSessions.signInDemo("admin");

        admin.given().contentType("application/x-www-form-urlencoded").formParam("code", "no-token")
                .formParam("model", "lumo-pro").formParam("opensAt", "2027-01-10T08:00")
                .formParam("closesAt", "2027-01-17T08:00").formParam("perCustomer", "1")
                .formParam("variant", LUMO_PRO.toArray()).formParam("units", "1", "1", "1", "1")
                .post("/admin/launches").then().statusCode(403).body(containsString("This form has expired"));

        assertThat(launches.codes()).doesNotContain("no-token");
    }
}

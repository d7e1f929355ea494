package com.phonesmith.web.catalogadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.FakeBackend;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.LaunchWindows;
import com.phonesmith.web.format.DisplayTime;
import com.phonesmith.web.support.Tokens;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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

    /** A launch of the Nordvik Tundra running now: 120 of 500 moss 256 GB sold, none of 40 snow 512 GB. */
    private String runningLaunch() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        launches.with("tundra-now", "nordvik-tundra", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(6)), 2,
                new Object[] {"moss", 256, 500, 120}, new Object[] {"snow", 512, 40, 0});
        return "/admin/launches/tundra-now";
    }

    /** The edit form of tundra-now as a browser sends it: the end in UTC, the limit, the units of moss and snow. */
    private static RequestSpecification edit(WebSessions.Session admin, String closesAt, String perCustomer,
            String mossUnits, String snowUnits) {
        return admin.form().formParam("closesAt", closesAt).formParam("perCustomer", perCustomer)
                .formParam("variant", "moss/256", "snow/512").formParam("units", mossUnits, snowUnits);
    }

    private static String inUtc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDateTime().toString();
    }

    @Test
    void eachRunningLaunchHasAnEditFormWithItsEndLimitAndUnitsAndAnEndNowButtonAndAClosedOneHasNeither() {
        runningLaunch();

        String html = WebSessions.signInDemo("admin").given().get("/admin/launches").then().statusCode(200)
                .extract().asString();

        assertThat(html).contains("<form action=\"/admin/launches/tundra-now/edit\" method=\"post\"",
                "<summary>Change launch tundra-now</summary>",
                "<label for=\"edit-tundra-now-closes\">Closes (UTC)</label>",
                "<input type=\"hidden\" name=\"variant\" value=\"moss/256\">",
                "<label for=\"edit-tundra-now-units-0\">Units of moss 256 GB (120 sold)</label>",
                "<label for=\"edit-tundra-now-units-1\">Units of snow 512 GB (0 sold)</label>",
                "<form action=\"/admin/launches/tundra-now/end\" method=\"post\" class=\"end-launch\""
                        + " id=\"end-tundra-now\">",
                "<button type=\"submit\" aria-describedby=\"end-tundra-now-hint\">End now</button>",
                "id=\"edit-lumo-pro-winter-form\"")
                .doesNotContain("edit-fjord-autumn", "end-fjord-autumn");
        assertThat(html).containsPattern("id=\"edit-tundra-now-units-0\" name=\"units\"[^>]* value=\"500\"");
        assertThat(html.split("name=\"csrf\"", -1)).hasSize(html.split("<form ", -1).length);
    }

    @Test
    void anAdminChangesTheEndAndTheUnitsOfALaunchAndOnlyWhatChangedIsSent() throws Exception {
        String launch = runningLaunch();
        WebSessions.Session admin = WebSessions.signInDemo("admin");
        Instant later = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(10));

        String location = edit(admin, inUtc(later), "2", "300", "40").post(launch + "/edit").then().statusCode(303)
                .extract().header("Location");

        FakeBackend.Received patch = configurator.lastRequest(LaunchWindows.PATH + "/tundra-now");
        assertThat(patch.method()).isEqualTo("PATCH");
        assertThat(new ObjectMapper().readValue(patch.body(), new TypeReference<Map<String, Object>>() { }))
                .isEqualTo(Map.of("closesAt", later.toString(), "quotas", List.of(
                        Map.of("colour", "moss", "storageGb", 256, "units", 300))));
        assertThat(Tokens.verifyBearer(patch.header("Authorization")).getClaimValue("groups"))
                .isEqualTo(List.of("admin"));
        String html = admin.given().urlEncodingEnabled(false).get(location).then().statusCode(200).extract()
                .asString();
        assertThat(html).contains("id=\"notice\">Launch tundra-now changed: it closes "
                + DisplayTime.of(later.toString(), ZoneOffset.UTC).text() + ", 300 units of moss 256 GB.</p>",
                "<tr><th scope=\"row\">moss 256 GB</th><td class=\"num\">300</td><td class=\"num\">120</td>"
                        + "<td class=\"num\">180</td></tr>");
        assertThat(launches.launch("tundra-now").path("closesAt").asText()).isEqualTo(later.toString());

        edit(admin, inUtc(later), "2", "300", "40").post(launch + "/edit").then().statusCode(303)
                .header("Location", containsString("unchanged"));
    }

    @Test
    void webRefusesUnitsBelowThoseSoldAndAnEndInThePastBesideTheFieldsBeforeConfiguratorApiIsAsked() {
        String launch = runningLaunch();
        WebSessions.Session admin = WebSessions.signInDemo("admin");

        String html = edit(admin, inUtc(Instant.now().minus(Duration.ofHours(1))), "0", "100", "lots")
                .post(launch + "/edit").then().statusCode(400).extract().asString();

        assertThat(html).contains("<details class=\"launch-edit\" id=\"edit-tundra-now\" open>",
                "id=\"edit-tundra-now-closes-error\" role=\"alert\">The closing time must be later than now; to end"
                        + " the launch now, use End now.</p>",
                "id=\"edit-tundra-now-per-customer-error\" role=\"alert\">The limit per buyer must be a whole"
                        + " number from 1 to 1,000, not “0”.</p>",
                "id=\"edit-tundra-now-units-0-error\" role=\"alert\">The units of moss 256 GB cannot be fewer than"
                        + " the 120 already sold.</p>",
                "id=\"edit-tundra-now-units-1-error\" role=\"alert\">The units of snow 512 GB must be a whole number"
                        + " from 0 to 10,000,000, not “lots”.</p>",
                "value=\"100\" aria-invalid=\"true\" aria-describedby=\"edit-tundra-now-units-0-error\"")
                .doesNotContain("Exception");
        assertThat(configurator.lastRequest(LaunchWindows.PATH + "/tundra-now").method()).isEqualTo("GET");
        assertThat(launches.launch("tundra-now").path("perCustomer").asInt()).isEqualTo(2);
    }

    @Test
    void configuratorApisRefusalOfAChangeIsShownBesideTheFieldItNames() {
        String launch = runningLaunch();
        WebSessions.Session admin = WebSessions.signInDemo("admin");
        String closes = inUtc(Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(6)));

        launches.refuseNextChange(409, "quotas[0].units", "cannot be less than the 130 units already sold");
        edit(admin, closes, "2", "125", "40").post(launch + "/edit").then().statusCode(409)
                .body(containsString("id=\"edit-tundra-now-units-0-error\" role=\"alert\">The units of moss 256 GB"
                        + " cannot be less than the 130 units already sold.</p>"))
                .body(containsString("value=\"125\" aria-invalid=\"true\""));
        launches.refuseNextChange(409, "closesAt", "the window would overlap the launch tundra-spring of the same"
                + " model");
        edit(admin, inUtc(Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(40))), "2", "500", "40")
                .post(launch + "/edit").then().statusCode(409)
                .body(containsString("id=\"edit-tundra-now-closes-error\" role=\"alert\">The window would overlap"
                        + " the launch tundra-spring of the same model.</p>"));
        launches.refuseNextChange(409, "code", "is busy");
        edit(admin, closes, "3", "500", "40").post(launch + "/edit").then().statusCode(409)
                .body(containsString("id=\"edit-tundra-now-errors\" role=\"alert\">"))
                .body(containsString("<li>The launch is busy.</li>"));

        assertThat(launches.launch("tundra-now").path("quotas").get(0).path("units").asInt()).isEqualTo(500);
    }

    @Test
    void endNowEndsTheLaunchAndThePageSaysItEndedEarlyWithoutItsForms() {
        String launch = runningLaunch();
        WebSessions.Session admin = WebSessions.signInDemo("admin");

        String location = admin.form().post(launch + "/end").then().statusCode(303).extract().header("Location");

        assertThat(configurator.lastRequest(LaunchWindows.PATH + "/tundra-now/end").method()).isEqualTo("POST");
        String html = admin.given().urlEncodingEnabled(false).get(location).then().statusCode(200).extract()
                .asString();
        assertThat(html).containsPattern("id=\"notice\">Launch tundra-now ended at [0-9: -]+ UTC, with 120 units"
                + " sold; its model is sold as usual from now on.</p>")
                .contains("<caption>tundra-now: Nordvik Tundra, ended early.", " Ended early <time datetime=\"")
                .doesNotContain("id=\"edit-tundra-now-form\"", "id=\"end-tundra-now\"");
        String endedAt = launches.launch("tundra-now").path("endedAt").asText();
        admin.form().post(launch + "/end").then().statusCode(303);
        assertThat(launches.launch("tundra-now").path("endedAt").asText()).isEqualTo(endedAt);

        edit(admin, inUtc(Instant.now().plus(Duration.ofDays(3))), "2", "500", "40").post(launch + "/edit").then()
                .statusCode(409).body(containsString("id=\"notice\">Launch tundra-now was ended at "))
                .body(containsString(": it can no longer change.</p>"));
        admin.form().post("/admin/launches/no-such-launch/end").then().statusCode(404)
                .body(containsString("There is no launch no-such-launch."));
    }

    @Test
    void onlyTheAdminChangesOrEndsALaunchAndOnlyWithTheFormsCsrfToken() {
        String launch = runningLaunch();
        for (String role : List.of("support", "shopper", "partner-nordvik")) {
            WebSessions.Session session = WebSessions.signInDemo(role);
            edit(session, "2027-01-01T08:00", "2", "500", "40").post(launch + "/edit").then().statusCode(403);
            session.form().post(launch + "/end").then().statusCode(403);
        }
        WebSessions.Session admin = WebSessions.signInDemo("admin");
        admin.given().contentType("application/x-www-form-urlencoded").formParam("perCustomer", "5")
                .post(launch + "/edit").then().statusCode(403).body(containsString("This form has expired"));
        admin.given().contentType("application/x-www-form-urlencoded").post(launch + "/end").then().statusCode(403);

        assertThat(launches.launch("tundra-now").path("perCustomer").asInt()).isEqualTo(2);
        assertThat(launches.launch("tundra-now").hasNonNull("endedAt")).isFalse();
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

package com.phonesmith.web.catalogadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.AdminCatalog;
import com.phonesmith.web.fake.FakeBackend;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.support.Tokens;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The admin's catalog page: prices typed in euros and sent in minor units, rules added and removed, and
 * configurator-api's refusals shown in its words beside the form; each call with the admin's token.
 */
@QuarkusTest
class CatalogAdminPageTest extends RealInfrastructure {
    private final FakeBackend configurator = FakeBackends.get().configurator();
    private AdminCatalog catalog;

    @BeforeEach
    void configuratorApiPlaysTheAdminApi() {
        catalog = AdminCatalog.install();
    }

    @AfterEach
    void theCannedCatalogForTheTestsThatFollow() {
        catalog.uninstall();
    }

    private static void assertAdminsToken(FakeBackend.Received request) throws Exception {
        JwtClaims claims = Tokens.verifyBearer(request.header("Authorization"));
        assertThat(claims.getClaimValue("groups")).isEqualTo(List.of("admin"));
        assertThat(claims.getClaimValue("preferred_username")).isEqualTo("admin");
    }

    @Test
    void theAdminSeesEveryFeatureAndAppWithItsPriceAndTheRulesEachWithARemoveButton() throws Exception {
        String html = WebSessions.signInDemo("admin").given().get("/admin/catalog").then().statusCode(200)
                .extract().asString();

        assertThat(html).contains("<th scope=\"row\">Desktop mode <span class=\"option-code\">desktop-mode</span></th>",
                        "<td class=\"num\">€29.00</td>", "id=\"price-desktop-mode\"", "value=\"29.00\"",
                        "<th scope=\"row\">Navigator Pro <span class=\"option-code\">navigator-pro</span></th>",
                        "<td class=\"num\">€19.99</td>",
                        "<form action=\"/admin/catalog/options/navigator-pro/price\" method=\"post\"",
                        "<td>Navigator Pro requires microG services</td>",
                        "<td>Desktop mode excludes Work profile</td>",
                        "Remove<span class=\"visually-hidden\"> the rule: Navigator Pro requires microG services"
                                + "</span>",
                        "<option value=\"k9-mail\">K-9 Mail (k9-mail)</option>")
                .doesNotContain("id=\"rules-unavailable\"");
        assertThat(html.split("name=\"csrf\"", -1)).as("a CSRF field in every form (and sign-out)")
                .hasSize(html.split("<form ", -1).length);
        assertAdminsToken(configurator.lastRequest(AdminCatalog.RULES));
        assertThat(WebSessions.signInDemo("admin").given().get("/admin").then().statusCode(200).extract().asString())
                .contains("<a href=\"/admin/catalog\">Catalog</a>", "<a href=\"/admin/launches\">Launches</a>");
    }

    @Test
    void aPriceTypedInEurosIsSentInCentsAndThePageComesBackWithANotice() throws Exception {
        WebSessions.Session admin = WebSessions.signInDemo("admin");

        String location = admin.form().formParam("price", " 12.99 ")
                .post("/admin/catalog/options/navigator-pro/price").then().statusCode(303).extract().header("Location");

        FakeBackend.Received put = configurator.lastRequest(AdminCatalog.pricePath("navigator-pro"));
        assertThat(put.method()).isEqualTo("PUT");
        assertThat(put.body()).isEqualTo("{\"priceMinor\":1299}");
        assertAdminsToken(put);
        assertThat(location).contains("/admin/catalog?notice=");
        String html = admin.given().urlEncodingEnabled(false).get(location).then().statusCode(200).extract().asString();
        assertThat(html).contains("<p class=\"notice\" role=\"status\" id=\"notice\">The price of Navigator Pro is now"
                + " €12.99 (was €19.99). Quotes given before no longer hold.</p>", "<td class=\"num\">€12.99</td>");
        // as a browser sends it: UTF-8
        admin.form().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("price", "€7")
                .post("/admin/catalog/options/navigator-pro/price").then().statusCode(303);
        assertThat(catalog.priceOf("navigator-pro")).isEqualTo(700);
    }

    @Test
    void aPriceThatIsNotOneIsRefusedBesideItsFieldBeforeConfiguratorApiIsAsked() {
        WebSessions.Session admin = WebSessions.signInDemo("admin");
        String error = "<p class=\"field-error\" id=\"price-osmand-error\" role=\"alert\">";

        for (String[] typed : List.of(
                new String[] {"", "Enter the new price in EUR, such as 12.99."},
                new String[] {"12,99", "Write the cents after a point, such as 12.99."},
                new String[] {"12.999", "The price may have at most 2 decimals, such as 12.99."},
                new String[] {"-1", "The price cannot be negative."},
                new String[] {"twelve", "The price must be an amount in EUR such as 12.99, not “twelve”."},
                new String[] {"1000000.01", "The price must be at most €1,000,000.00."})) {
            String html = admin.form().formParam("price", typed[0]).post("/admin/catalog/options/osmand/price").then()
                    .statusCode(400).contentType(containsString("text/html")).extract().asString();
            assertThat(html).as(typed[0]).contains(error + typed[1] + "</p>",
                    "id=\"price-osmand\" name=\"price\" type=\"text\" inputmode=\"decimal\" size=\"10\""
                            + " maxlength=\"20\" value=\"" + typed[0] + "\" aria-invalid=\"true\""
                            + " aria-describedby=\"price-osmand-error\"")
                    .doesNotContain("Exception", "id=\"price-navigator-pro-error\"");
        }
        assertThat(configurator.lastRequest(AdminCatalog.pricePath("osmand"))).isNull();
    }

    @Test
    void configuratorApisRefusalOfAPriceIsShownBesideTheFieldInItsWords() {
        catalog.gone("newpipe");

        String html = WebSessions.signInDemo("admin").form().formParam("price", "1.50")
                .post("/admin/catalog/options/newpipe/price").then().statusCode(404).extract().asString();

        assertThat(html).contains("<p class=\"field-error\" id=\"price-newpipe-error\" role=\"alert\">The price of"
                + " NewPipe was not changed: No OS feature or app newpipe.</p>", "value=\"1.50\"");
        assertThat(configurator.lastRequest(AdminCatalog.pricePath("newpipe")).body())
                .isEqualTo("{\"priceMinor\":150}");
    }

    @Test
    void anAdminAddsARuleAndSeesItListed() throws Exception {
        WebSessions.Session admin = WebSessions.signInDemo("admin");

        String location = admin.form().formParam("option", "signal").formParam("kind", "EXCLUDES")
                .formParam("other", "desktop-mode").post("/admin/catalog/rules").then().statusCode(303)
                .extract().header("Location");

        FakeBackend.Received post = configurator.lastRequest(AdminCatalog.RULES);
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.body()).isEqualTo("{\"kind\":\"EXCLUDES\",\"option\":\"signal\",\"other\":\"desktop-mode\"}");
        assertAdminsToken(post);
        assertThat(catalog.rules()).contains(new AdminCatalog.Rule("EXCLUDES", "signal", "desktop-mode"));
        String html = admin.given().urlEncodingEnabled(false).get(location).then().statusCode(200).extract().asString();
        assertThat(html).contains("id=\"notice\">Added the rule: Signal excludes Desktop mode. The configurator"
                + " follows it at once.</p>", "<td>Signal excludes Desktop mode</td>");
    }

    @Test
    void aRuleTheCatalogsAuditRefusesIsShownWithEachReasonBesideTheFormAsTyped() {
        catalog.refusing(new AdminCatalog.Rule("REQUIRES", "k9-mail", "work-profile"),
                "Work profile can never be chosen: Desktop mode excludes Work profile, and K-9 Mail requires it",
                "For the Lumo One: The rules contradict each other: K-9 Mail is always installed");

        String html = WebSessions.signInDemo("admin").form().formParam("option", "k9-mail")
                .formParam("kind", "REQUIRES").formParam("other", "work-profile").post("/admin/catalog/rules").then()
                .statusCode(422).extract().asString();

        assertThat(html).contains("<div class=\"form-error\" id=\"rule-errors\" role=\"alert\">",
                "<p>The rule “K-9 Mail requires Work profile” was not added:</p>",
                "<li>Work profile can never be chosen: Desktop mode excludes Work profile, and K-9 Mail requires it."
                        + "</li>",
                "<li>For the Lumo One: The rules contradict each other: K-9 Mail is always installed.</li>",
                "<option value=\"k9-mail\" selected>K-9 Mail (k9-mail)</option>",
                "<option value=\"work-profile\" selected>Work profile (work-profile)</option>",
                "<option value=\"REQUIRES\" selected>requires</option>")
                .doesNotContain("Exception", "id=\"notice\"");
        assertThat(catalog.rules()).doesNotContain(new AdminCatalog.Rule("REQUIRES", "k9-mail", "work-profile"));
    }

    @Test
    void aRuleThatExistsAndAnOptionConfiguratorApiDoesNotKnowAreRefusedInItsWords() {
        WebSessions.Session admin = WebSessions.signInDemo("admin");

        admin.form().formParam("option", "navigator-pro").formParam("kind", "REQUIRES").formParam("other", "microg")
                .post("/admin/catalog/rules").then().statusCode(409)
                .body(containsString("<p>The rule “Navigator Pro requires microG services” was not added:</p>"))
                .body(containsString("<li>The rule exists already.</li>"));
        admin.form().formParam("option", "jetpack").formParam("kind", "REQUIRES").formParam("other", "microg")
                .post("/admin/catalog/rules").then().statusCode(422)
                .body(containsString("<p class=\"field-error\" id=\"rule-option-error\" role=\"alert\">The option is"
                        + " not an OS feature or app we offer.</p>"))
                .body(containsString("id=\"rule-option\" name=\"option\" required aria-invalid=\"true\""
                        + " aria-describedby=\"rule-option-error\""))
                .body(not(containsString("id=\"rule-errors\"")));
    }

    @Test
    void aRuleWithoutItsOptionsOrOfAnOptionWithItselfIsRefusedBeforeConfiguratorApiIsAsked() {
        WebSessions.Session admin = WebSessions.signInDemo("admin");

        admin.form().formParam("option", "").formParam("kind", "LIKES").formParam("other", "")
                .post("/admin/catalog/rules").then().statusCode(400)
                .body(containsString("id=\"rule-option-error\" role=\"alert\">Choose the option the rule is about."
                        + "</p>"))
                .body(containsString("id=\"rule-kind-error\" role=\"alert\">Choose whether the option requires or"
                        + " excludes the other.</p>"))
                .body(containsString("id=\"rule-other-error\" role=\"alert\">Choose the option it requires or"
                        + " excludes.</p>"));
        admin.form().formParam("option", "signal").formParam("kind", "REQUIRES").formParam("other", "signal")
                .post("/admin/catalog/rules").then().statusCode(400)
                .body(containsString("id=\"rule-other-error\" role=\"alert\">Choose another option than Signal: an"
                        + " option cannot require or exclude itself.</p>"));

        assertThat(configurator.lastRequest(AdminCatalog.RULES).method()).isEqualTo("GET");
    }

    @Test
    void anAdminRemovesARuleAndARuleThatIsGoneIsSaidSo() throws Exception {
        WebSessions.Session admin = WebSessions.signInDemo("admin");
        AdminCatalog.Rule rule = new AdminCatalog.Rule("EXCLUDES", "desktop-mode", "work-profile");

        String location = admin.form().formParam("kind", "EXCLUDES").formParam("option", "desktop-mode")
                .formParam("other", "work-profile").post("/admin/catalog/rules/remove").then().statusCode(303)
                .extract().header("Location");

        assertThat(configurator.lastRequest(rule.path()).method()).isEqualTo("DELETE");
        assertAdminsToken(configurator.lastRequest(rule.path()));
        assertThat(catalog.rules()).doesNotContain(rule);
        assertThat(admin.given().urlEncodingEnabled(false).get(location).then().statusCode(200).extract().asString())
                .contains("id=\"notice\">Removed the rule: Desktop mode excludes Work profile.</p>")
                .doesNotContain("<td>Desktop mode excludes Work profile</td>");

        admin.form().formParam("kind", "EXCLUDES").formParam("option", "desktop-mode")
                .formParam("other", "work-profile").post("/admin/catalog/rules/remove").then().statusCode(404)
                .body(containsString("<div class=\"notice warning\" id=\"rules-error\" role=\"alert\">"))
                .body(containsString("<p>The rule “Desktop mode excludes Work profile” was not removed:</p>"))
                .body(containsString("<li>No rule desktop-mode EXCLUDES work-profile.</li>"));
    }

    @Test
    void withoutTheRulesFromConfiguratorApiThePageSaysSoAndStillShowsThePrices() {
        configurator.forget(AdminCatalog.RULES);

        WebSessions.signInDemo("admin").given().get("/admin/catalog").then().statusCode(200)
                .body(containsString("id=\"rules-unavailable\">The rules could not be loaded from configurator-api"))
                .body(containsString("id=\"price-desktop-mode\""));
    }

    @Test
    void onlyTheAdminReachesThePageAndItsFormsAndGuestsAreAskedToSignIn() {
        for (String role : List.of("support", "shopper", "operator", "partner-nordvik")) {
            WebSessions.Session session = WebSessions.signInDemo(role);
            session.given().get("/admin/catalog").then().statusCode(403);
            session.form().formParam("price", "1.00").post("/admin/catalog/options/signal/price").then()
                    .statusCode(403);
            session.form().formParam("option", "signal").formParam("kind", "REQUIRES").formParam("other", "microg")
                    .post("/admin/catalog/rules").then().statusCode(403);
            session.form().formParam("option", "navigator-pro").formParam("kind", "REQUIRES")
                    .formParam("other", "microg").post("/admin/catalog/rules/remove").then().statusCode(403);
        }
        WebSessions.Csrf guest = WebSessions.newBrowser();
        guest.given().get("/admin/catalog").then().statusCode(303).header("Location", containsString("/login"));
        guest.given().contentType("application/x-www-form-urlencoded").formParam("csrf", guest.token())
                .formParam("price", "1.00").post("/admin/catalog/options/signal/price").then().statusCode(303)
                .header("Location", containsString("/login"));

        assertThat(configurator.lastRequest(AdminCatalog.pricePath("signal"))).isNull();
        assertThat(catalog.rules()).hasSize(2);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndNothingIsSent() {
        WebSessions.Session admin = WebSessions.signInDemo("admin");

        admin.given().contentType("application/x-www-form-urlencoded").formParam("price", "1.00")
                .post("/admin/catalog/options/k9-mail/price").then().statusCode(403)
                .body(containsString("This form has expired"));
        admin.given().contentType("application/x-www-form-urlencoded").formParam("option", "signal")
                .formParam("kind", "REQUIRES").formParam("other", "microg").post("/admin/catalog/rules").then()
                .statusCode(403).body(containsString("This form has expired"));
        admin.given().contentType("application/x-www-form-urlencoded").formParam("option", "navigator-pro")
                .formParam("kind", "REQUIRES").formParam("other", "microg").post("/admin/catalog/rules/remove")
                .then().statusCode(403).body(containsString("This form has expired"));

        assertThat(configurator.lastRequest(AdminCatalog.pricePath("k9-mail"))).isNull();
        assertThat(catalog.rules()).hasSize(2);
    }
}

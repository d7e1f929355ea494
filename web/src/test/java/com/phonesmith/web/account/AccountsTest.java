package com.phonesmith.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Shoppers sign up; admins make staff and partner accounts; passwords are stored as bcrypt hashes only. */
@QuarkusTest
class AccountsTest extends RealInfrastructure {

    @Test
    void aShopperSignsUpAndIsSignedInAtOnce() {
        FakeBackends.get();
        String email = "new-" + UUID.randomUUID() + "@Example.org";
        WebSessions.Csrf browser = WebSessions.newBrowser();

        Response answer = browser.given().contentType("application/x-www-form-urlencoded")
                .formParam("csrf", browser.token()).formParam("email", email).formParam("displayName", "Grace")
                .formParam("password", "correct horse battery").formParam("confirmation", "correct horse battery")
                .post("/signup");

        answer.then().statusCode(303);
        assertThat(answer.header("Location")).endsWith("/account?welcome=1");
        browser.given().cookie("phonesmith_session", answer.cookie("phonesmith_session")).get("/account?welcome=1")
                .then().statusCode(200).body(containsString("Welcome, Grace"));
        WebSessions.signIn(email.toLowerCase(), "correct horse battery");
    }

    @Test
    void aWeakPasswordAMismatchAndATakenEmailAreShownBesideTheirFields() {
        WebSessions.Csrf browser = WebSessions.newBrowser();

        String weak = browser.given().contentType("application/x-www-form-urlencoded")
                .formParam("csrf", browser.token()).formParam("email", "not-an-email").formParam("displayName", "")
                .formParam("password", "short").formParam("confirmation", "other").post("/signup")
                .then().statusCode(400).extract().asString();
        assertThat(weak).contains("E-mail must be an e-mail address", "Name must be your name",
                "Password must be at least 10 characters long", "The second password must repeat the password");

        String taken = browser.given().contentType("application/x-www-form-urlencoded")
                .formParam("csrf", browser.token()).formParam("email", "shopper@example.org")
                .formParam("displayName", "X").formParam("password", "1234567890").formParam("confirmation", "1234567890")
                .post("/signup").then().statusCode(400).extract().asString();
        assertThat(taken).contains("too easy to guess");
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String email = "hash-" + UUID.randomUUID() + "@example.org";
        WebSessions.Csrf browser = WebSessions.newBrowser();
        browser.given().contentType("application/x-www-form-urlencoded").formParam("csrf", browser.token())
                .formParam("email", email).formParam("displayName", "H").formParam("password", "a secret phrase 123")
                .formParam("confirmation", "a secret phrase 123").post("/signup").then().statusCode(303);

        String hash = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(
                () -> UserAccount.findByUsername(email).orElseThrow().passwordHash);

        assertThat(hash).startsWith("$2a$").doesNotContain("a secret phrase");
    }

    @Test
    void anAdminMakesAPartnerAccountForAMakerAndItSignsIn() {
        String username = "partner-" + UUID.randomUUID().toString().substring(0, 8);
        WebSessions.Session admin = WebSessions.signInDemo("admin");

        admin.form().formParam("username", username).formParam("displayName", "Lumo's partner")
                .formParam("role", "partner").formParam("maker", "lumo").formParam("password", "partner pass 2026")
                .post("/admin/accounts").then().statusCode(303);

        WebSessions.Session partner = WebSessions.signIn(username, "partner pass 2026");
        partner.given().get("/admin").then().statusCode(403);
    }

    @Test
    void aPartnerAccountWithoutAMakerIsRefused() {
        WebSessions.signInDemo("admin").form().formParam("username", "partner-without-maker")
                .formParam("displayName", "P").formParam("role", "partner").formParam("password", "partner pass 2026")
                .post("/admin/accounts").then().statusCode(400).body(containsString("Maker is required for a partner"));
    }
}

package com.phonesmith.web.login;

import static com.phonesmith.web.support.WebSessions.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.account.AccountService;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Signing in and out with the sign-in page, and what repeated wrong passwords do. */
@QuarkusTest
class SignInTest extends RealInfrastructure {
    @Inject
    AccountService accounts;

    @Test
    void eachRoleLandsOnItsOwnPage() {
        FakeBackends.get(); // the catalog, from which the demo partners are made
        Map<String, String> homes = Map.of("shopper", "/account", "operator", "/factory", "support", "/support",
                "admin", "/admin", "partner-nordvik", "/partner");
        await().atMost(Duration.ofSeconds(30)).until(() -> WebSessions.attempt(WebSessions.newBrowser(),
                "partner-nordvik", DEMO_PASSWORD).statusCode() == 303);
        homes.forEach((username, home) -> {
            Response answer = WebSessions.attempt(WebSessions.newBrowser(), username, DEMO_PASSWORD);
            assertThat(answer.statusCode()).as(username).isEqualTo(303);
            assertThat(answer.header("Location")).as(username).endsWith(home);
        });
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        Response answer = WebSessions.attempt(WebSessions.newBrowser(), "support", DEMO_PASSWORD);

        String cookie = answer.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("phonesmith_session=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Path=/");
    }

    @Test
    void aSignedInPersonReturnsToThePageThatAskedForSignIn() {
        WebSessions.Csrf browser = WebSessions.newBrowser();
        String next = browser.given().get("/support").then().statusCode(303).extract().header("Location");
        assertThat(next).contains("/login?next=%2Fsupport");

        Response answer = browser.given().contentType("application/x-www-form-urlencoded")
                .formParam("csrf", browser.token()).formParam("username", "support")
                .formParam("password", DEMO_PASSWORD).formParam("next", "/support?q=x").post("/login");

        assertThat(answer.header("Location")).endsWith("/support?q=x");
    }

    @Test
    void aNextPageOnAnotherSiteIsIgnored() {
        WebSessions.Csrf browser = WebSessions.newBrowser();
        Response answer = browser.given().contentType("application/x-www-form-urlencoded")
                .formParam("csrf", browser.token()).formParam("username", "support")
                .formParam("password", DEMO_PASSWORD).formParam("next", "//evil.example/steal").post("/login");

        assertThat(answer.header("Location")).endsWith("/support");
    }

    @Test
    void aWrongPasswordIsRefusedWith401AndSaysSoWithoutSayingWhichWasWrong() {
        String username = freshShopper();

        Response wrong = WebSessions.attempt(WebSessions.newBrowser(), username, "not the password at all");
        Response unknown = WebSessions.attempt(WebSessions.newBrowser(), "nobody-" + UUID.randomUUID(), "whatever12345");

        wrong.then().statusCode(401).body(containsString("Wrong username or password."));
        unknown.then().statusCode(401).body(containsString("Wrong username or password."));
        assertThat(wrong.cookie("phonesmith_session")).isNull();
    }

    @Test
    void repeatedWrongPasswordsSlowSignInDownAndThenLockTheAccount() {
        String username = freshShopper();
        for (int i = 0; i < 3; i++) {
            WebSessions.attempt(WebSessions.newBrowser(), username, "wrong-password-" + i).then().statusCode(401);
        }

        Response tooSoon = WebSessions.attempt(WebSessions.newBrowser(), username, PASSWORD);
        tooSoon.then().statusCode(429).body(containsString("Wait 2 seconds before trying again"));
        assertThat(tooSoon.header("Retry-After")).isIn("1", "2");
        assertThat(tooSoon.cookie("phonesmith_session")).as("the right password does not pass while waiting").isNull();

        awaitFailureAccepted(username); // the 4th failure, after the wait
        awaitLocked(username);          // the 5th locks

        Response locked = WebSessions.attempt(WebSessions.newBrowser(), username, PASSWORD);
        locked.then().statusCode(429).body(containsString("This account is locked until"))
                .body(containsString("ask an administrator to unlock it"));
    }

    @Test
    void anAdministratorUnlocksALockedAccount() {
        String username = freshShopper();
        for (int i = 0; i < 3; i++) {
            WebSessions.attempt(WebSessions.newBrowser(), username, "wrong-password-" + i);
        }
        awaitFailureAccepted(username);
        awaitLocked(username);
        String id = accounts.list(0, 10_000).stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow().id();

        WebSessions.signInDemo("admin").form().post("/admin/accounts/" + id + "/unlock").then().statusCode(303);

        WebSessions.signIn(username, PASSWORD);
    }

    @Test
    void signingOutEndsTheSession() {
        WebSessions.Session session = WebSessions.signInDemo("support");
        session.given().get("/support").then().statusCode(200);

        Response out = session.form().post("/logout");

        out.then().statusCode(303);
        assertThat(out.header("Location")).endsWith("/login?signedOut=1");
        assertThat(out.headers().getValues("Set-Cookie")).anyMatch(c -> c.startsWith("phonesmith_session=;")
                && c.contains("Max-Age=0"));
        session.given().get("/support").then().statusCode(303);
    }

    @Test
    void aForgedSessionCookieSignsNobodyIn() {
        WebSessions.Csrf browser = WebSessions.newBrowser();

        browser.given().cookie("phonesmith_session", "A".repeat(43)).get("/support").then().statusCode(303);
        browser.given().cookie("phonesmith_session", "A".repeat(43)).get("/").then().statusCode(200)
                .body(containsString("Sign in"));
    }

    private static final String PASSWORD = "a long passphrase of mine";

    private String freshShopper() {
        String email = "shopper-" + UUID.randomUUID() + "@example.org";
        accounts.signUp(email, "Test Shopper", PASSWORD, PASSWORD);
        return email;
    }

    /** Sends a wrong password until it is counted (not refused as too soon). */
    private static void awaitFailureAccepted(String username) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                WebSessions.attempt(WebSessions.newBrowser(), username, "wrong-again").statusCode() == 401);
    }

    /** Sends a wrong password until one locks the account. */
    private static void awaitLocked(String username) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                WebSessions.attempt(WebSessions.newBrowser(), username, "wrong-once-more").asString()
                        .contains("The account is now locked until"));
    }
}

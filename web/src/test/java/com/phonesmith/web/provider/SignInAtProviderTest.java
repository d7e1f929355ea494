package com.phonesmith.web.provider;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.FakeBackend;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.Orders;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.net.URI;
import java.util.Map;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/**
 * web signing people in at a real Keycloak, as seen over HTTP: the sign-in page is the provider's (authorization code
 * flow with PKCE), web's own sign-in, sign-up and password grant are not offered, and a guest's order carries a
 * service token from Keycloak (client credentials) and the browser's address. The browser's side of it:
 * {@code browser/SignInAtKeycloakInBrowserTest}.
 */
@QuarkusTest
@TestProfile(AtKeycloak.class)
class SignInAtProviderTest extends RealInfrastructure {
    private final FakeBackends backends = FakeBackends.get();

    @Test
    void theSignInPageSendsTheBrowserToTheProviderWithPkceAndComesBackToLogin() {
        Response answer = given().redirects().follow(false).get("/login?next=/account");

        answer.then().statusCode(302);
        URI location = URI.create(answer.header("Location"));
        assertThat(location.toString()).startsWith(KeycloakTokens.issuer() + "/protocol/openid-connect/auth?");
        assertThat(location.getQuery()).contains("response_type=code", "client_id=" + KeycloakResource.CLIENT_ID,
                "code_challenge_method=S256", "code_challenge=", "state=", "scope=openid");
        assertThat(location.getQuery()).containsPattern("redirect_uri=http://localhost:\\d+/login(&|$)");
        assertThat(answer.getDetailedCookies().asList()).anySatisfy(cookie -> {
            assertThat(cookie.getName()).startsWith("q_auth");
            assertThat(cookie.isHttpOnly()).isTrue();
        });
    }

    @Test
    void aProtectedPageAsksToSignInAsItDoesWithWebsOwnAccounts() {
        given().redirects().follow(false).get("/account").then().statusCode(303)
                .header("Location", containsString("/login?next=%2Faccount"));
    }

    @Test
    void afterSigningOutTheSignInPageOffersTheProviderInsteadOfGoingThereAtOnce() {
        given().get("/login?signedOut=1&next=/support").then().statusCode(200)
                .body(containsString("You are signed out."))
                .body(containsString("href=\"/login?next=%2Fsupport\">Sign in with Keycloak</a>"))
                .body(containsString("Create your account at Keycloak"));
    }

    @Test
    void websOwnSignInSignUpAndPasswordGrantAreNotOffered() {
        WebSessions.Csrf browser = csrfOfTheOrderForm();
        browser.given().contentType("application/x-www-form-urlencoded").formParam("csrf", browser.token())
                .formParam("username", "shopper").formParam("password", WebSessions.DEMO_PASSWORD).post("/login")
                .then().statusCode(303).header("Location", containsString("/login"));
        given().get("/signup").then().statusCode(200).body(containsString("made and kept at Keycloak"))
                .body(containsString("Sign in with Keycloak")).body(org.hamcrest.Matchers.not(containsString("password")));
        browser.given().contentType("application/x-www-form-urlencoded").formParam("csrf", browser.token())
                .formParam("email", "eve@example.org").formParam("displayName", "Eve")
                .formParam("password", "a-long-password-1").formParam("confirmation", "a-long-password-1")
                .post("/signup").then().statusCode(200).body(containsString("made and kept at Keycloak"));
        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .formParam("username", "shopper").formParam("password", WebSessions.DEMO_PASSWORD)
                .post("/oauth/token").then().statusCode(400).body(containsString("people sign in at Keycloak"));
    }

    @Test
    void aSignInCancelledAtTheProviderComesBackToAPageThatSaysSoAndOffersToTryAgain() {
        Response toProvider = given().redirects().follow(false).get("/login?next=/account");
        String state = queryParameter(URI.create(toProvider.header("Location")), "state");

        Response back = given().redirects().follow(false).cookies(toProvider.getCookies())
                .get("/login?error=access_denied&error_description=User+cancelled&state=" + state);

        back.then().statusCode(302);
        assertThat(back.header("Location")).contains("/login?").contains("error=access_denied");
        given().redirects().follow(false).get(URI.create(back.header("Location")).getRawPath() + "?"
                        + URI.create(back.header("Location")).getRawQuery())
                .then().statusCode(401)
                .body(containsString("Signing in at Keycloak did not complete: it was cancelled or refused there"))
                .body(containsString("href=\"/login\">Sign in with Keycloak</a>"));
    }

    @Test
    void aLinkCarryingAnErrorShowsOnlyTheErrorsCodeNeverTheTextItCarries() {
        given().get("/login?error=invalid_request&error_description=Call+0800+123+to+recover+your+account")
                .then().statusCode(401)
                .body(containsString("Signing in at Keycloak did not complete: it answered with the error"
                        + " invalid_request"))
                .body(org.hamcrest.Matchers.not(containsString("0800")));
    }

    @Test
    void anAnswerWhoseCodeTheProviderDoesNotKnowEndsOnTheSignInPageNotABare401() {
        Response toProvider = given().redirects().follow(false).get("/login?next=/account");
        String state = queryParameter(URI.create(toProvider.header("Location")), "state");

        Response back = given().redirects().follow(false).cookies(toProvider.getCookies())
                .get("/login?code=a-code-keycloak-never-issued&state=" + state);

        back.then().statusCode(401).contentType(containsString("text/html"))
                .body(containsString("Signing in at Keycloak did not complete: its answer could not be used"))
                .body(containsString("href=\"/login\">Sign in with Keycloak</a>"));
        assertThat(back.getDetailedCookies().asList()).noneSatisfy(cookie -> {
            assertThat(cookie.getName()).startsWith("q_session");
            assertThat(cookie.getMaxAge()).isNotZero();
        });
    }

    @Test
    void aFormWithoutItsCsrfTokenIsStillRefused() {
        WebSessions.Csrf browser = csrfOfTheOrderForm();
        browser.given().contentType("application/x-www-form-urlencoded").post("/logout").then().statusCode(403)
                .body(containsString("This form has expired"));
    }

    @Test
    void aGuestsOrderCarriesAServiceTokenFromTheProviderAndTheBrowsersAddress() {
        String id = Orders.freshId();
        backends.configurator().answerPost("/api/orders", 201, "application/json", Orders.order(id, "PLACED")
                .replace("\"placedAt\"", "\"trackingToken\":\"tracking-token-of-the-oidc-test-0123456789\","
                        + "\"placedAt\""), Map.of());
        WebSessions.Csrf browser = csrfOfTheOrderForm();

        Response answer = browser.given().contentType("application/x-www-form-urlencoded")
                .formParam("csrf", browser.token()).formParam("variant", "lumo-one|coral|128")
                .formParam("features", "microg").formParam("email", "ada@example.org")
                .formParam("idempotencyKey", "key-of-the-oidc-guest-order")
                .formParam("quoteId", "6f1c2a4e-0b7d-4c1e-9a55-3d2f8e7b9c10").post("/order");

        answer.then().statusCode(303);
        assertThat(answer.header("Location")).contains("/orders/" + id + "?token=");
        FakeBackend.Received sent = backends.configurator().lastRequest("/api/orders");
        JwtClaims claims = KeycloakTokens.verifyBearer(sent.header("Authorization"));
        assertThat(claims.getClaimValueAsString("azp")).isEqualTo(KeycloakResource.CLIENT_ID);
        assertThat(KeycloakTokens.realmRoles(claims)).contains("service");
        assertThat(claims.hasClaim("client_ip")).isFalse();
        assertThat(sent.header("X-Forwarded-For")).isEqualTo("127.0.0.1");
    }

    private static String queryParameter(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + uri);
    }

    /** A browser's CSRF cookie and token, from the order form (the sign-in page is the provider's). */
    static WebSessions.Csrf csrfOfTheOrderForm() {
        Response page = given().get("/order").then().statusCode(200).extract().response();
        return new WebSessions.Csrf(page.cookie("phonesmith_csrf"), WebSessions.csrfTokenIn(page.asString()));
    }
}

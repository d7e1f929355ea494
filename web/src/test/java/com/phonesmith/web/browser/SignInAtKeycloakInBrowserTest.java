package com.phonesmith.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.Orders;
import com.phonesmith.web.provider.AtKeycloak;
import com.phonesmith.web.provider.KeycloakResource;
import com.phonesmith.web.provider.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/**
 * People sign in at a real Keycloak in a real browser (Debian's Chromium): its login page, then their role's page in
 * web, whose calls to the services carry Keycloak's access token; signing out ends both sessions; an account without a
 * Phonesmith role is refused with a page that says why, and can sign out.
 */
@QuarkusTest
@TestProfile(AtKeycloak.class)
class SignInAtKeycloakInBrowserTest extends InChromium {
    private final FakeBackends backends = FakeBackends.get();

    /** From web's sign-in page through Keycloak's login form, back to web. */
    private void signInAtKeycloak(Page page, String username) {
        page.navigate(home + "login");
        assertThat(page).hasURL(keycloaksLoginPage());
        page.locator("#username").fill(username);
        page.locator("#password").fill(KeycloakResource.PASSWORD);
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.startsWith(home.toString()));
    }

    /** Keycloak's login page, as a regular expression that JavaScript reads too (Playwright): no Pattern.quote. */
    private static Pattern keycloaksLoginPage() {
        String prefix = KeycloakTokens.issuer() + "/protocol/openid-connect/auth?";
        return Pattern.compile("^" + prefix.replaceAll("[.?*+^$\\[\\](){}|\\\\/]", "\\\\$0"));
    }

    private static List<String> cspViolations(List<String> consoleErrors) {
        return consoleErrors.stream().filter(error -> error.contains("Content Security Policy")).toList();
    }

    @Test
    void aShopperSignsInAtKeycloakLandsOnTheirOrdersAndWebCallsWithKeycloaksToken() {
        List<String> consoleErrors = new CopyOnWriteArrayList<>();
        Page page = chromium.newPage(consoleErrors);

        signInAtKeycloak(page, "ada");

        assertThat(page).hasURL(home + "account");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("My orders");
        assertThat(page.locator(".signed-in-as")).containsText("Ada Shopper");
        JwtClaims claims = KeycloakTokens.verifyBearer(backends.configurator().lastRequest("/api/orders")
                .header("Authorization"));
        org.assertj.core.api.Assertions.assertThat(claims.getClaimValueAsString("preferred_username")).isEqualTo("ada");
        org.assertj.core.api.Assertions.assertThat(KeycloakTokens.realmRoles(claims)).contains("shopper");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "keycloak-shopper");
        org.assertj.core.api.Assertions.assertThat(cspViolations(consoleErrors)).isEmpty();
        page.context().close();
    }

    @Test
    void aSessionOutlivingItsAccessTokenCallsTheServicesWithARefreshedOneWithoutSigningInAgain() throws Exception {
        Page page = chromium.newPage();
        signInAtKeycloak(page, "ada");
        assertThat(page).hasURL(home + "account");
        JwtClaims first = KeycloakTokens.verifyBearer(backends.configurator().lastRequest("/api/orders")
                .header("Authorization"));

        // the test realm's tokens live 65 s and web refreshes a minute before the end: within seconds, a page
        // calls the services with a new token, and the person never sees Keycloak's login page again
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            page.navigate(home + "account");
            JwtClaims sent = KeycloakTokens.verifyBearer(backends.configurator().lastRequest("/api/orders")
                    .header("Authorization"));
            return sent.getIssuedAt().getValue() > first.getIssuedAt().getValue();
        });

        assertThat(page).hasURL(home + "account");
        assertThat(page.locator(".signed-in-as")).containsText("Ada Shopper");
        JwtClaims refreshed = KeycloakTokens.verifyBearer(backends.configurator().lastRequest("/api/orders")
                .header("Authorization"));
        org.assertj.core.api.Assertions.assertThat(refreshed.getSubject()).isEqualTo(first.getSubject());
        org.assertj.core.api.Assertions.assertThat(refreshed.getExpirationTime().getValue())
                .isGreaterThan(first.getExpirationTime().getValue());
        page.context().close();
    }

    @Test
    void anOrdersLiveTimelineOpensAgainBeforeTheAccessTokenRunsOutAndGoesOnWithAFreshToken() throws Exception {
        String id = Orders.freshId();
        Orders.Entry placed = new Orders.Entry("2026-11-25T09:15:02Z", "OrderPlaced", "Nordvik Fjord birch 256 GB");
        Orders.Entry imageReady = new Orders.Entry("2026-11-25T09:16:40Z", "ImageReady", "image sha256:4f2a signed");
        backends.configurator().json(Orders.orderPath(id), Orders.order(id, "PLACED"));
        backends.workflow().json(Orders.timelinePath(id), Orders.timeline(id, "PLACED", List.of(placed)));
        String stream = Orders.timelinePath(id) + "/stream";
        List<String> consoleErrors = new CopyOnWriteArrayList<>();
        Page page = chromium.newPage(consoleErrors);
        // htmx's SSE extension reports the end of a stream as an error (on the console too) before the browser opens
        // it again: counted, so that any other console error still fails the test
        page.addInitScript("window.streamEnds = 0;"
                + " document.addEventListener('htmx:sseError', () => window.streamEnds++);");
        signInAtKeycloak(page, "ada");

        page.navigate(home + "orders/" + id);
        assertThat(page.locator(".current-status .status")).hasText("Placed");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> backends.workflow().lastRequest(stream) != null);
        JwtClaims first = KeycloakTokens.verifyBearer(backends.workflow().lastRequest(stream).header("Authorization"));

        // web ends the stream 30 s before the token it forwards runs out; the browser opens it again, and that
        // request's session brings a refreshed token, which order-workflow's stream is asked with
        Instant firstExpires = Instant.ofEpochSecond(first.getExpirationTime().getValue());
        Awaitility.await().atMost(Duration.ofSeconds(70)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JwtClaims asked = KeycloakTokens.verifyBearer(backends.workflow().lastRequest(stream)
                    .header("Authorization"));
            return asked.getIssuedAt().getValue() > first.getIssuedAt().getValue();
        });
        org.assertj.core.api.Assertions.assertThat(Instant.now()).as("the stream opened again before the first"
                + " token ran out").isBefore(firstExpires);
        JwtClaims renewed = KeycloakTokens.verifyBearer(backends.workflow().lastRequest(stream).header("Authorization"));
        org.assertj.core.api.Assertions.assertThat(renewed.getSubject()).isEqualTo(first.getSubject());

        backends.workflow().json(Orders.timelinePath(id), Orders.timeline(id, "IMAGE_READY", List.of(placed,
                imageReady)));
        assertThat(page.locator(".current-status .status")).hasText("Image ready");
        assertThat(page).hasURL(home + "orders/" + id);
        assertThat(page.locator("#order-progress")).hasAttribute("data-live", "true");
        int streamEnds = ((Number) page.evaluate("window.streamEnds")).intValue();
        org.assertj.core.api.Assertions.assertThat(streamEnds).as("ends of the stream").isPositive();
        org.assertj.core.api.Assertions.assertThat(consoleErrors).as("browser console errors besides the stream's ends")
                .hasSize(streamEnds);
        page.context().close();
    }

    @Test
    void aPartnerSeesTheirMakersPageWithTheMakerOfTheirKeycloakAccount() {
        backends.configurator().json("/api/makers/nordvik/sales", """
                {"maker":"nordvik","name":"Nordvik Devices","currency":"EUR","orders":0,"valueMinor":0,\
                "variants":[],"weeks":[]}""");
        Page page = chromium.newPage();

        signInAtKeycloak(page, "nina");

        assertThat(page).hasURL(home + "partner");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Nordvik Devices: your phones");
        JwtClaims claims = KeycloakTokens.verifyBearer(backends.configurator().lastRequest("/api/makers/nordvik/sales")
                .header("Authorization"));
        org.assertj.core.api.Assertions.assertThat(claims.getClaimValueAsString("maker")).isEqualTo("nordvik");
        page.context().close();
    }

    @Test
    void signingOutEndsWebsAndKeycloaksSessionSoAProtectedPageAsksForThePasswordAgain() {
        Page page = chromium.newPage();
        signInAtKeycloak(page, "sam");
        assertThat(page).hasURL(home + "support");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

        assertThat(page).hasURL(home + "login?signedOut=1");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("You are signed out.");
        Chromium.assertAccessible(page);
        page.navigate(home + "support");
        assertThat(page).hasURL(keycloaksLoginPage());
        assertThat(page.locator("#password")).isVisible();
        page.context().close();
    }

    @Test
    void anAccountWithoutAPhonesmithRoleIsRefusedWithAPageSayingWhy() {
        Page page = chromium.newPage();

        signInAtKeycloak(page, "nobody");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("This account cannot use Phonesmith");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("none of Phonesmith's roles");
        assertThat(page.locator("main")).containsText("signed in at Keycloak as nobody");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "keycloak-refused");
        page.navigate(home + "account");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .not().hasText("My orders");

        page.navigate(home + "login");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out of Keycloak")).click();
        assertThat(page).hasURL(home + "login?signedOut=1");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with Keycloak")))
                .isVisible();
        page.context().close();
    }
}

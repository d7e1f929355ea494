package com.phonesmith.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** People sign in and out in a real browser (Debian's Chromium): each role lands on its own page. */
@QuarkusTest
class SignInInBrowserTest extends InChromium {
    @Test
    void eachRoleSignsInAndLandsOnItsOwnPage() {
        FakeBackends.get();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> WebSessions.attempt(WebSessions.newBrowser(),
                "partner-nordvik", WebSessions.DEMO_PASSWORD).statusCode() == 303);
        Map<String, String> headings = Map.of("shopper", "My orders", "operator", "Factory", "support", "Support",
                "admin", "Accounts", "partner-nordvik", "Nordvik Devices: your phones");
        FakeBackends.get().configurator().json("/api/makers/nordvik/sales", """
                {"maker":"nordvik","name":"Nordvik Devices","currency":"EUR","orders":0,"valueMinor":0,\
                "variants":[],"weeks":[]}""");
        headings.forEach((username, heading) -> {
            List<String> consoleErrors = new CopyOnWriteArrayList<>();
            Page page = chromium.newPage(consoleErrors);
            signIn(page, username, WebSessions.DEMO_PASSWORD);

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(heading);
            assertThat(page.locator(".signed-in-as")).containsText("Signed in as");
            Chromium.assertAccessible(page);
            Chromium.screenshot(page, "home-" + username);
            org.assertj.core.api.Assertions.assertThat(consoleErrors).as("console errors of %s", username).isEmpty();
            page.context().close();
        });
    }

    @Test
    void aWrongPasswordIsSaidPlainly() {
        Page page = chromium.newPage();

        signIn(page, "support", "not-the-password");

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Wrong username or password.");
        assertThat(page).hasURL(home + "login");
        Chromium.assertAccessible(page);
        page.context().close();
    }

    @Test
    void signingOutEndsTheSessionAndAProtectedPageAsksToSignInAgain() {
        Page page = chromium.newPage();
        signIn(page, "support", WebSessions.DEMO_PASSWORD);
        assertThat(page).hasURL(home + "support");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

        assertThat(page).hasURL(home + "login?signedOut=1");
        page.navigate(home + "support");
        assertThat(page).hasURL(home + "login?next=%2Fsupport");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Sign in");
        page.context().close();
    }

    @Test
    void aFormSentWithoutItsCsrfTokenIsRefused() {
        Page page = chromium.newPage();
        page.navigate(home + "login");
        page.locator("input[name=csrf]").evaluate("input => input.remove()");

        page.getByLabel("Username or e-mail").fill("support");
        page.getByLabel("Password").fill(WebSessions.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("This form has expired");
        page.navigate(home + "support");
        assertThat(page).hasURL(home + "login?next=%2Fsupport");
        page.context().close();
    }

    @Test
    void theSignUpPageIsAccessibleAndSaysWhatIsWrongBesideEachField() {
        Page page = chromium.newPage();
        page.navigate(home + "signup");
        Chromium.assertAccessible(page);

        page.getByLabel("E-mail").fill("ada@example.org");
        page.getByLabel("Your name").fill("Ada");
        page.getByLabel("Password (at least 10 characters)").fill("1234567890");
        page.getByLabel("Password again").fill("1234567890");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();

        assertThat(page.locator("#password-error")).containsText("too easy to guess");
        Chromium.assertAccessible(page);
        page.context().close();
    }
}

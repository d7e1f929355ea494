package com.phonesmith.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.phonesmith.web.fake.ActivationsAnswers;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * In a real browser: a partner reads its devices, chart and statements and downloads one, and cannot reach
 * another maker's figures; the admin reads the year against the target and closes a month.
 */
@QuarkusTest
class ActivationsInBrowserTest extends InChromium {
    @BeforeEach
    void theServicesKnowNordviksFiguresAndTheYear() {
        FakeBackends backends = FakeBackends.get();
        backends.configurator().json("/api/makers/nordvik/sales", """
                {"maker":"nordvik","name":"Nordvik Devices","currency":"EUR","orders":0,"valueMinor":0,\
                "variants":[],"weeks":[]}""");
        ActivationsAnswers.nordvik(backends.activations());
        ActivationsAnswers.summary(backends.activations());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> WebSessions.attempt(WebSessions.newBrowser(),
                "partner-nordvik", WebSessions.DEMO_PASSWORD).statusCode() == 303);
    }

    @Test
    void aPartnerSeesItsDevicesChartAndStatementsAndDownloadsOne() throws Exception {
        List<String> consoleErrors = new CopyOnWriteArrayList<>();
        Page page = chromium.newPage(consoleErrors);
        signIn(page, "partner-nordvik", WebSessions.DEMO_PASSWORD);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Nordvik Devices: your phones");
        assertThat(page.locator("#models")).containsText("nordvik-tundra");
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName("Devices activated per week (ISO weeks, UTC)"))).isVisible();
        assertThat(page.locator("#activations-chart .chart-bar")).hasCount(12);
        assertThat(page.locator("#month-so-far")).containsText("CNY 6.00");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "partner-activations");

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("CSV of 2026-10")).click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                .isEqualTo("statement-nordvik-2026-10.csv");
        org.assertj.core.api.Assertions.assertThat(Files.readString(download.path()))
                .isEqualTo(ActivationsAnswers.STATEMENT_CSV);
        org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
        page.context().close();
    }

    @Test
    void aPartnersPageFitsAPhonesScreenWithoutScrollingSideways() {
        Page page = chromium.newPage();
        page.setViewportSize(390, 844);
        signIn(page, "partner-nordvik", WebSessions.DEMO_PASSWORD);

        assertThat(page.locator("#statements")).containsText("2026-10");
        Number sideways = (Number) page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Chromium.screenshot(page, "partner-activations-phone");
        org.assertj.core.api.Assertions.assertThat(sideways.intValue()).as("pixels wider than the screen").isZero();
        Chromium.assertAccessible(page);
        page.context().close();
    }

    @Test
    void aPartnerCannotReachAnotherMakersFiguresOrTheAdminsPage() {
        Page page = chromium.newPage();
        signIn(page, "partner-nordvik", WebSessions.DEMO_PASSWORD);

        page.navigate(home + "admin/activations");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Not for your account");
        page.navigate(home + "admin/activations/statements/lumo/2026-10.csv");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Not for your account");
        page.navigate(home + "partner");
        assertThat(page.locator("main")).not().containsText("lumo");
        org.assertj.core.api.Assertions.assertThat(FakeBackends.get().activations()
                .lastRequest("/api/makers/lumo/activations")).isNull();
        page.context().close();
    }

    @Test
    void theAdminReadsTheYearAgainstTheTargetAndClosesAMonth() {
        ActivationsAnswers.closes(FakeBackends.get().activations(), "2026-11");
        List<String> consoleErrors = new CopyOnWriteArrayList<>();
        Page page = chromium.newPage(consoleErrors);
        signIn(page, "admin", WebSessions.DEMO_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Activations")).click();

        assertThat(page.locator("#target-figures")).containsText("7 of 30,000,000 devices activated this year");
        assertThat(page.getByLabel("Share of the annual target reached")).isVisible();
        assertThat(page.locator("#summary-chart .chart-bar")).hasCount(12);
        Chromium.assertAccessible(page);

        page.getByLabel("Month", new Page.GetByLabelOptions().setExact(true)).fill("2026-11");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close month")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Closed 2026-11: its statements are final.");
        assertThat(page.locator("#month-statements")).containsText("CNY 4.00");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "admin-activations");
        org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
        page.context().close();
    }
}

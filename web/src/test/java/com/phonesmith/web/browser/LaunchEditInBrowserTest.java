package com.phonesmith.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.phonesmith.web.fake.LaunchWindows;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * In a real browser: the admin opens a running launch's edit form, meets the refusal of units below those sold beside
 * the field, lowers them within the rule and moves the end, then ends the launch with End now; each page passes
 * axe-core.
 */
@QuarkusTest
class LaunchEditInBrowserTest extends InChromium {
    private LaunchWindows launches;
    private Instant closes;

    @BeforeEach
    void configuratorApiPlaysARunningLaunch() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        closes = now.plus(Duration.ofDays(6));
        launches = LaunchWindows.install().with("tundra-now", "nordvik-tundra", now.minus(Duration.ofDays(1)), closes,
                2, new Object[] {"moss", 256, 500, 120}, new Object[] {"snow", 512, 40, 0});
    }

    @AfterEach
    void theCannedAnswersForTheTestsThatFollow() {
        launches.uninstall();
    }

    @Test
    void theAdminLowersALaunchsUnitsNoFurtherThanSoldMovesItsEndAndEndsItNow() {
        List<String> consoleErrors = new CopyOnWriteArrayList<>();
        Page page = chromium.newPage(consoleErrors);
        signIn(page, "admin", WebSessions.DEMO_PASSWORD);
        page.navigate(home + "admin/launches");
        assertThat(page.locator("#launch-tundra-now")).containsText("open now");

        page.getByText("Change launch tundra-now").click();
        Locator form = page.locator("#edit-tundra-now-form");
        assertThat(form.getByLabel("Units of moss 256 GB (120 sold)")).hasValue("500");
        Chromium.assertAccessible(page);
        form.getByLabel("Units of moss 256 GB (120 sold)").fill("100");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save changes to tundra-now")).click();

        assertThat(page.locator("#edit-tundra-now-units-0-error"))
                .hasText("The units of moss 256 GB cannot be fewer than the 120 already sold.");
        assertThat(page.getByLabel("Units of moss 256 GB (120 sold)")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Units of moss 256 GB (120 sold)")).hasValue("100");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "admin-launch-edit-refused");

        Instant later = closes.plus(Duration.ofDays(2));
        String laterTyped = later.atZone(ZoneOffset.UTC).toLocalDateTime().toString();
        page.getByLabel("Units of moss 256 GB (120 sold)").fill("150");
        page.locator("#edit-tundra-now-closes").fill(laterTyped);
        page.locator("#edit-tundra-now-form").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Save changes to tundra-now")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Launch tundra-now changed: it closes ");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("150 units of moss 256 GB.");
        assertThat(page.locator("#launch-tundra-now tbody tr").first()).containsText("150");
        org.assertj.core.api.Assertions.assertThat(launches.launch("tundra-now").path("closesAt").asText())
                .isEqualTo(later.toString());
        Chromium.assertAccessible(page);

        page.locator("#end-tundra-now").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("End now"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Launch tundra-now ended at ");
        assertThat(page.locator("#launch-tundra-now caption")).containsText("ended early");
        assertThat(page.locator("#end-tundra-now")).hasCount(0);
        assertThat(page.locator("#edit-tundra-now-form")).hasCount(0);
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "admin-launch-ended");
        org.assertj.core.api.Assertions.assertThat(consoleErrors).as("browser console errors: only the refused"
                + " change's 400").containsExactly("Failed to load resource: the server responded with a status of"
                        + " 400 (Bad Request)");
        page.context().close();
    }
}

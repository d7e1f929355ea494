package com.phonesmith.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.phonesmith.web.fake.AdminCatalog;
import com.phonesmith.web.fake.LaunchWindows;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * In a real browser: the admin changes an option's price, meets a rule that configurator-api refuses with its
 * reason, and creates a launch whose units fields follow the model chosen (htmx), each page passing axe-core.
 */
@QuarkusTest
class CatalogAdminInBrowserTest extends InChromium {
    private AdminCatalog catalog;
    private LaunchWindows launches;

    @BeforeEach
    void configuratorApiPlaysTheAdminApiAndTheLaunches() {
        catalog = AdminCatalog.install().refusing(new AdminCatalog.Rule("REQUIRES", "signal", "work-profile"),
                "Work profile can never be chosen with Desktop mode, which excludes it, while Signal requires it",
                "For the Lumo One: The rules contradict each other: Signal is always installed");
        launches = LaunchWindows.install().with("tundra-autumn", "nordvik-tundra",
                Instant.parse("2026-10-01T08:00:00Z"), Instant.parse("2026-10-08T08:00:00Z"), 1,
                new Object[] {"moss", 256, 2000, 1999});
    }

    @AfterEach
    void theCannedAnswersForTheTestsThatFollow() {
        catalog.uninstall();
        launches.uninstall();
    }

    @Test
    void theAdminChangesAPriceMeetsARefusedRuleWithItsReasonAndCreatesALaunch() {
        List<String> consoleErrors = new CopyOnWriteArrayList<>();
        Page page = chromium.newPage(consoleErrors);
        signIn(page, "admin", WebSessions.DEMO_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Catalog").setExact(true)).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Catalog");
        assertThat(page.locator("#option-desktop-mode")).containsText("€29.00");
        Chromium.assertAccessible(page);

        page.getByLabel("New price of Desktop mode in EUR").fill("31.50");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change the price of Desktop mode"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The price of Desktop mode is now €31.50 (was €29.00)."
                + " Quotes given before no longer hold.");
        assertThat(page.locator("#option-desktop-mode")).containsText("€31.50");
        org.assertj.core.api.Assertions.assertThat(catalog.priceOf("desktop-mode")).isEqualTo(3150);
        Chromium.assertAccessible(page);

        page.getByLabel("Option", new Page.GetByLabelOptions().setExact(true)).selectOption("signal");
        page.getByLabel("Kind", new Page.GetByLabelOptions().setExact(true)).selectOption("REQUIRES");
        page.getByLabel("Other option", new Page.GetByLabelOptions().setExact(true)).selectOption("work-profile");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add rule")).click();

        assertThat(page.locator("#rule-errors")).containsText("The rule “Signal requires Work profile” was not added:");
        assertThat(page.locator("#rule-errors li").first()).hasText("Work profile can never be chosen with Desktop"
                + " mode, which excludes it, while Signal requires it.");
        assertThat(page.getByLabel("Other option", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("work-profile");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "admin-catalog-rule-refused");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Launches").setExact(true)).click();
        assertThat(page.locator("#launch-tundra-autumn")).containsText("1,999");
        Chromium.assertAccessible(page);

        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill("lumo-pro-spring");
        page.getByLabel("Model", new Page.GetByLabelOptions().setExact(true)).selectOption("lumo-pro");
        assertThat(page.getByLabel("Units of sand 256 GB")).isVisible();
        assertThat(page.locator("#quota-fieldset legend")).hasText("Units of each variant of the Lumo Pro");
        page.getByLabel("Opens (UTC)").fill("2027-03-01T08:00");
        page.getByLabel("Closes (UTC)").fill("2027-03-08T20:00");
        page.getByLabel("Phones per buyer, at most").fill("2");
        page.getByLabel("Units of ink 256 GB").fill("500");
        page.getByLabel("Units of sand 256 GB").fill("250");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create launch")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Launch lumo-pro-spring of the Lumo Pro created: pre-orders"
                + " open 2027-03-01 08:00:00 UTC and close 2027-03-08 20:00:00 UTC, 750 units in 2 variants, at most"
                + " 2 per buyer.");
        assertThat(page.locator("#launch-lumo-pro-spring")).containsText("sand 256 GB");
        org.assertj.core.api.Assertions.assertThat(launches.codes()).contains("lumo-pro-spring");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "admin-launches");
        org.assertj.core.api.Assertions.assertThat(consoleErrors).as("browser console errors: only the refused rule's"
                + " 422").containsExactly("Failed to load resource: the server responded with a status of 422"
                        + " (Unprocessable Entity)");
        page.context().close();
    }
}

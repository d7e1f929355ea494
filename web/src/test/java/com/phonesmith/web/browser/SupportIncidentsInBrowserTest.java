package com.phonesmith.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.phonesmith.web.fake.FakeBackend;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.Incidents;
import com.phonesmith.web.fake.Orders;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * In a real browser: support signs in, finds an order whose image could not be built among the open incidents,
 * retries it, and reads that the build was asked for again while the incident leaves the list.
 */
@QuarkusTest
class SupportIncidentsInBrowserTest extends InChromium {
    private final FakeBackend workflow = FakeBackends.get().workflow();

    @AfterEach
    void noIncidentsForTheTestsThatFollow() {
        Incidents.none(workflow);
    }

    @Test
    void supportRetriesAnIncidentAndSeesItConfirmedAndGoneFromTheList() {
        String orderId = Orders.freshId();
        Incidents.imageBuildFailed(workflow, orderId, "inc-" + UUID.randomUUID());
        List<String> consoleErrors = new CopyOnWriteArrayList<>();
        Page page = chromium.newPage(consoleErrors);

        signIn(page, "support", WebSessions.DEMO_PASSWORD);

        assertThat(page).hasURL(home + "support");
        Locator incidents = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Orders stuck waiting"));
        assertThat(incidents).containsText(orderId);
        assertThat(incidents).containsText(Incidents.MESSAGE);
        assertThat(incidents.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(orderId)))
                .hasAttribute("href", "/orders/" + orderId);
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "support-incidents");

        incidents.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Retry order " + orderId)).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Retried order " + orderId + ": BuildImage sent again.");
        assertThat(page.locator("#incidents")).not().containsText(orderId);
        assertThat(page.locator("#incidents")).containsText("No open incidents");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "support-incident-retried");
        org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
        page.context().close();
    }
}

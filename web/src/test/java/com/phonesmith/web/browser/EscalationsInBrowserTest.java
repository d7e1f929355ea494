package com.phonesmith.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.phonesmith.web.fake.EscalatedOrder;
import com.phonesmith.web.fake.Escalations;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** In a real browser: support finds an order at risk, expedites it and adds a note to its timeline. */
@QuarkusTest
class EscalationsInBrowserTest extends InChromium {

    @AfterEach
    void noEscalatedOrdersForTheTestsThatFollow() {
        Escalations.none();
    }

    @Test
    void supportExpeditesAnOrderAtRiskSeesTheRowExpeditedAndAddsANote() {
        EscalatedOrder order = EscalatedOrder.atRisk();
        List<String> consoleErrors = new CopyOnWriteArrayList<>();
        Page page = chromium.newPage(consoleErrors);
        signIn(page, "support", WebSessions.DEMO_PASSWORD);

        Locator atRisk = page.locator("#at-risk");
        Locator row = atRisk.locator("tr[data-order=\"" + order.id() + "\"]");
        assertThat(row).containsText("Handset reserved");
        assertThat(row).containsText("Saturday 5 December");
        assertThat(row).containsText("Not expedited");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "support-at-risk");

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Expedite order " + order.id())).click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/support\\?notice=.*"));
        assertThat(page.locator("#notice")).hasText("Expedited order " + order.id()
                + ": the factory now builds it ahead of every order that is not expedited.");
        assertThat(row.locator(".expedited")).containsText("Expedited by support on");
        assertThat(row.getByRole(AriaRole.BUTTON)).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(order.expedited()).isTrue();
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "support-expedited");

        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(order.id()).setExact(true)).click();
        page.waitForURL("**/orders/" + order.id());
        Locator noteForm = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Add a note"));
        noteForm.getByLabel("Note (required, at most 2000 characters)")
                .fill("Expedited: the shopper needs it before the 5th.");
        noteForm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add the note")).click();

        page.waitForURL("**/orders/" + order.id() + "?noted=1");
        assertThat(page.locator("#note-added")).containsText("Your note is on the order's timeline");
        Locator timeline = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Timeline"))
                .locator("tbody");
        assertThat(timeline).containsText("Note by support (support): Expedited: the shopper needs it before the 5th.");
        assertThat(timeline).containsText("Expedited by support (support)");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "support-note-added");
        org.assertj.core.api.Assertions.assertThat(consoleErrors).as("browser console errors").isEmpty();
        page.context().close();
    }
}

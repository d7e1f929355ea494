package com.phonesmith.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.phonesmith.web.fake.DeadLetters;
import com.phonesmith.web.fake.FakeBackend;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * In a real browser: support signs in, finds an ImageReady that order-workflow could not handle among the dead
 * letters, discards it with a note saying why, and reads that it was discarded while it leaves the list.
 */
@QuarkusTest
class SupportDeadLettersInBrowserTest extends InChromium {
    private final FakeBackend workflow = FakeBackends.get().workflow();

    @AfterEach
    void noDeadLettersForTheTestsThatFollow() {
        DeadLetters.none(workflow);
    }

    @Test
    void supportDiscardsADeadLetterWithANoteAndSeesItConfirmedAndGoneFromTheList() {
        long id = DeadLetters.freshId();
        String orderId = UUID.randomUUID().toString();
        DeadLetters.imageReadyOfOrder(workflow, id, orderId);
        List<String> consoleErrors = new CopyOnWriteArrayList<>();
        Page page = chromium.newPage(consoleErrors);

        signIn(page, "support", WebSessions.DEMO_PASSWORD);

        assertThat(page).hasURL(home + "support");
        Locator deadLetters = page.getByRole(AriaRole.TABLE,
                new Page.GetByRoleOptions().setName("Messages order-workflow could not handle"));
        assertThat(deadLetters).containsText(DeadLetters.REASON);
        assertThat(deadLetters.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(orderId)))
                .hasAttribute("href", "/orders/" + orderId);
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "support-dead-letters");

        deadLetters.getByLabel("Why discard dead letter " + id + "?").fill("The order was cancelled; no image is due.");
        deadLetters.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Discard dead letter " + id))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("Discarded dead letter " + id + " (ImageReady of order " + orderId + ").");
        assertThat(page.locator("#dead-letters")).not().containsText(DeadLetters.REASON);
        assertThat(page.locator("#dead-letters")).containsText("No dead letters");
        org.assertj.core.api.Assertions.assertThat(
                workflow.lastRequest(DeadLetters.discardPath(id)).body()).contains("no image is due");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "support-dead-letter-discarded");
        org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
        page.context().close();
    }
}

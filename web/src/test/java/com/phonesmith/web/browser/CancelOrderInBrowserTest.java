package com.phonesmith.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.phonesmith.web.fake.CancellableOrder;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.Orders;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * In a real browser: a shopper cancels an order from its tracking page and watches the money come back; support
 * cancels another from the console, first forgetting to say why.
 */
@QuarkusTest
class CancelOrderInBrowserTest extends InChromium {
    private final FakeBackends backends = FakeBackends.get();

    @AfterEach
    void noOrdersListedForTheTestsThatFollow() {
        backends.configurator().json("/api/orders", "{\"items\":[],\"page\":0,\"size\":20,\"total\":0}");
    }

    @Test
    void aShopperCancelsFromTheTrackingPageAndSeesTheOrderCancelledAndNothingCharged() {
        CancellableOrder order = CancellableOrder.ofShopper("shopper");
        List<String> consoleErrors = new CopyOnWriteArrayList<>();
        Page page = chromium.newPage(consoleErrors);
        signIn(page, "shopper", WebSessions.DEMO_PASSWORD);

        page.navigate(home + "orders/" + order.id());
        Locator status = page.locator(".current-status .status");
        assertThat(status).hasText("Placed");
        Locator cancelPart = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Cancel the order"));
        Locator button = cancelPart.getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Cancel the order for good"));
        assertThat(button).isHidden();
        cancelPart.getByText("I want to cancel this order").click();
        assertThat(cancelPart).containsText("Cancelling cannot be undone.");
        cancelPart.getByLabel("Why do you cancel? (optional)").fill("found a cheaper one");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "cancel-order");
        button.click();

        page.waitForURL("**/orders/" + order.id() + "?cancelled=1");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your order is cancelled")))
                .isVisible();
        assertThat(status).hasText("Cancelled");
        Locator rows = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Timeline")).locator("tbody");
        assertThat(rows).containsText("cancelled by the shopper: found a cheaper one");
        assertThat(page.locator("#payment-pending")).isVisible();
        assertThat(cancelPart).hasCount(0);

        order.paymentReleased(CancellableOrder.VOIDED);
        assertThat(page.locator("#payment-released"))
                .hasText("Nothing was charged: the hold on your payment was released.");
        assertThat(page.locator("#order-progress")).hasAttribute("data-live", "false");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "order-cancelled");
        org.assertj.core.api.Assertions.assertThat(consoleErrors).as("browser console errors").isEmpty();
        page.context().close();
    }

    @Test
    void supportCancelsAnOrderFromTheConsoleAfterBeingToldToSayWhy() {
        CancellableOrder order = CancellableOrder.ofShopper("somebody").flashingStarted();
        backends.configurator().json("/api/orders", "{\"items\":[" + Orders.order(order.id(), "PLACED")
                + "],\"page\":0,\"size\":25,\"total\":1}");
        List<String> consoleErrors = new CopyOnWriteArrayList<>();
        Page page = chromium.newPage(consoleErrors);
        signIn(page, "support", WebSessions.DEMO_PASSWORD);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cancel with refund order " + order.id()))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Cancel order " + order.id() + " with refund");
        Locator reason = page.getByLabel("Why is the order cancelled? (required)");
        Locator cancel = page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Cancel order " + order.id() + " with refund"));
        reason.fill("   ");
        cancel.click();

        assertThat(page.locator("#cancel-reason-error")).hasText("Say why the order is cancelled: the shopper is"
                + " told, and it stays with the order.");
        assertThat(reason).hasAttribute("aria-invalid", "true");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "support-cancel-reason-missing");
        org.assertj.core.api.Assertions.assertThat(order.cancellation()).isEmpty();

        reason.fill("handset cracked during flashing; the shopper agreed to a refund");
        cancel.click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/support\\?notice=.*"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Cancelled order " + order.id()
                + " (handset cracked during flashing; the shopper agreed to a refund).");
        org.assertj.core.api.Assertions.assertThat(order.cancellation()).get()
                .extracting(c -> c.path("cancelledBy").asText()).isEqualTo("support");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "support-cancelled");
        org.assertj.core.api.Assertions.assertThat(consoleErrors).as("browser console errors: only the form's 400")
                .containsExactly("Failed to load resource: the server responded with a status of 400 (Bad Request)");
        page.context().close();
    }
}

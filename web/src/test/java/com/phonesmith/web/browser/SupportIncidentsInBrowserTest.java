package com.phonesmith.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.phonesmith.web.fake.FakeBackend;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.Incidents;
import com.phonesmith.web.fake.Orders;
import com.phonesmith.web.fake.WorkOrders;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * In a real browser: support signs in, finds an order whose image could not be built among the open incidents,
 * retries it, and reads that the build was asked for again while the incident leaves the list; finds an order by
 * its handset's IMEI, reads its incident and the factory's side beside the timeline, retries it from the order's page
 * and watches the order move on without reloading.
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
        assertThat(incidents.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(orderId).setExact(true)))
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

    @Test
    void supportFindsAnOrderByImeiSeesItsIncidentAndFactoryTraceRetriesItAndWatchesTheOrderMoveOn() {
        String orderId = Orders.freshId();
        String imei = "490154203237518";
        FakeBackends backends = FakeBackends.get();
        backends.configurator().json(Orders.orderPath(orderId), Orders.order(orderId, "PLACED"));
        Orders.Entry placed = new Orders.Entry("2026-11-25T09:15:02Z", "OrderPlaced", "Nordvik Fjord birch 256 GB");
        Orders.Entry failed = new Orders.Entry("2026-11-25T09:16:00Z", "ImageBuildFailed", Incidents.MESSAGE);
        Orders.Entry ready = new Orders.Entry("2026-11-25T09:40:00Z", "ImageReady", "image sha256:4f2a signed");
        workflow.json(Orders.timelinePath(orderId), Orders.timeline(orderId, "IMAGE_FAILED", List.of(placed, failed)));
        Incidents.imageBuildFailed(workflow, orderId, "inc-" + UUID.randomUUID());
        WorkOrders.waitingForItsImage(backends.factory(), orderId, imei);
        List<String> consoleErrors = new CopyOnWriteArrayList<>();
        Page page = chromium.newPage(consoleErrors);
        signIn(page, "support", WebSessions.DEMO_PASSWORD);

        page.getByLabel("Order id, e-mail, IMEI or tracking number").fill(imei);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();

        assertThat(page).hasURL(home + "orders/" + orderId);
        assertThat(page.locator("#factory-imei")).hasText(imei);
        assertThat(page.locator("#factory-status")).hasText("Handset reserved");
        assertThat(page.locator("#factory-image")).hasText("no image yet");
        Locator timeline = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                .setName("Timeline of the order and the factory"));
        assertThat(timeline.locator("tbody tr")).hasCount(3);
        assertThat(timeline.locator("tbody tr").nth(1)).containsText("Factory");
        assertThat(timeline.locator("tbody tr").nth(1)).containsText("handset " + imei + " reserved");
        Locator incident = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Open incidents"));
        assertThat(incident).containsText(Incidents.MESSAGE);
        assertThat(incident).containsText("Image ready");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "support-order");

        incident.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Retry the incident of order " + orderId)).click();

        assertThat(page).hasURL(home + "orders/" + orderId + "?retried=BuildImage");
        assertThat(page.locator("#retried")).hasText("Retried: BuildImage sent again. The timeline below shows the"
                + " order moving on.");
        assertThat(page.locator("#order-incidents-none")).isVisible();

        workflow.json(Orders.timelinePath(orderId), Orders.timeline(orderId, "IMAGE_READY",
                List.of(placed, failed, ready)));
        assertThat(timeline.locator("tbody tr")).hasCount(4);
        assertThat(timeline.locator("tbody tr").nth(3)).containsText("image sha256:4f2a signed");
        assertThat(page.locator(".current-status .status")).hasText("Image ready");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "support-order-retried");
        org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
        page.context().close();
    }
}

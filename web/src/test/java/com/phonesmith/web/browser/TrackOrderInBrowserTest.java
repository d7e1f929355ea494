package com.phonesmith.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.Orders;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A real browser (Debian's Chromium, driven by Playwright) uses the pages as a shopper would. */
@QuarkusTest
class TrackOrderInBrowserTest extends InChromium {
    static final String TRACKING_CODE = "tracking-code-of-the-browser-test-0123456";

    private final FakeBackends backends = FakeBackends.get();

    @Test
    void aShopperSeesTheCatalogTracksAnOrderAndWatchesItsTimelinePushedByTheServerUntilDelivered() {
        String id = Orders.freshId();
        Orders.Entry placed = new Orders.Entry("2026-11-25T09:15:02Z", "OrderPlaced", "Nordvik Fjord birch 256 GB");
        Orders.Entry imageReady = new Orders.Entry("2026-11-25T09:16:40Z", "ImageReady", "image sha256:4f2a signed");
        Orders.Entry shipped = new Orders.Entry("2026-11-26T15:00:00Z", "Shipped", "parcel 00340434161234567890");
        Orders.Entry delivered = new Orders.Entry("2026-11-27T11:00:00Z", "Delivered", "Delivered by PostNord");
        backends.configurator().json(Orders.orderPath(id), Orders.order(id, "PLACED"));
        backends.workflow().json(Orders.timelinePath(id), Orders.timeline(id, "PLACED", List.of(placed)));

        List<String> consoleErrors = new CopyOnWriteArrayList<>();
        Page page = chromium.newPage(consoleErrors);

        page.navigate(home.toString());
        assertThat(page).hasTitle("Catalog · Phonesmith");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Nordvik Fjord"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Lumo Mobile"))).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Variants of Lumo Pro")))
                .containsText("€1,299.00");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("OS features")))
                .containsText("Desktop mode");
        Chromium.screenshot(page, "catalog");

        page.getByLabel("Order id").fill(id);
        page.getByLabel("Tracking code").fill(TRACKING_CODE);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Track order")).click();

        page.waitForURL("**/orders/" + id + "?token=" + TRACKING_CODE);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(id);
        assertThat(page.locator(".configuration")).containsText("Nordvik Fjord");
        assertThat(page.locator(".configuration")).containsText("€464.00");
        Locator status = page.locator(".current-status .status");
        Locator rows = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Timeline")).locator("tbody tr");
        assertThat(status).hasText("Placed");
        assertThat(rows).hasCount(1);

        backends.workflow().json(Orders.timelinePath(id), Orders.timeline(id, "IMAGE_READY", List.of(placed, imageReady)));
        assertThat(rows).hasCount(2);
        assertThat(rows.nth(1)).containsText("ImageReady");
        assertThat(status).hasText("Image ready");

        backends.workflow().json(Orders.timelinePath(id),
                Orders.timeline(id, "SHIPPED", List.of(placed, imageReady, shipped)));
        assertThat(status).hasText("Shipped");
        assertThat(rows).hasCount(3);
        assertThat(page.locator("#order-live")).hasAttribute("sse-connect", "/orders/" + id + "/live?token="
                + TRACKING_CODE);
        assertThat(page.locator("#order-progress")).hasAttribute("data-live", "true");

        backends.workflow().json(Orders.timelinePath(id),
                Orders.timeline(id, "DELIVERED", List.of(placed, imageReady, shipped, delivered)));
        assertThat(status).hasText("Delivered");
        assertThat(rows).hasCount(4);
        assertThat(page.locator("#order-progress")).hasAttribute("data-live", "false");
        Chromium.screenshot(page, "order");

        org.assertj.core.api.Assertions.assertThat(consoleErrors).as("browser console errors").isEmpty();
        page.close();
    }

    @Test
    void aGuestOrdersAPhoneSeeingItsDeliveryDateBeforePayingAndLandsOnItsTrackingLink() {
        String id = Orders.freshId();
        String order = Orders.promised(Orders.order(id, "PLACED"), "2026-12-02", "2026-12-04")
                .replace("\"placedAt\"", "\"trackingToken\":\"" + TRACKING_CODE + "\",\"placedAt\"");
        backends.configurator().answerPost("/api/orders", 201, "application/json", order, java.util.Map.of());
        backends.configurator().answerPost("/api/quotes", 201, "application/json", """
                {"id":"0d4f7c1a-5b2e-4c3d-8e9f-a1b2c3d4e5f6","quotedAt":"2026-12-01T09:30:00Z",
                 "validUntil":"2026-12-01T10:00:00Z","model":"nordvik-fjord","colour":"birch","storageGb":256,
                 "features":["microg"],"apps":[],
                 "price":{"lines":[{"kind":"handset","code":"nordvik-fjord","name":"Nordvik Fjord, birch, 256 GB",
                   "amountMinor":44900},{"kind":"feature","code":"microg","name":"microG services","amountMinor":0}],
                  "totalMinor":44900,"taxMinor":7483,"taxPercent":20,"currency":"EUR"},
                 "promise":{"model":"nordvik-fjord","colour":"birch","storageGb":256,"promisable":true,
                  "shipDate":"2026-12-02","deliveryDate":"2026-12-04","reason":null}}
                """, java.util.Map.of());
        // as configurator-api answers a guest who reads with the token: without the token, e-mail masked
        backends.configurator().json(Orders.orderPath(id), Orders.promised(Orders.order(id, "PLACED"), "2026-12-02",
                "2026-12-04").replace("ada@example.org", "a***@example.org"));
        List<String> consoleErrors = new CopyOnWriteArrayList<>();
        Page page = chromium.newPage(consoleErrors);

        page.navigate(home + "order");
        page.getByLabel("Nordvik Fjord · Birch · 256 GB").check();
        page.getByLabel("microG services").check();
        page.getByLabel("E-mail for the order confirmation").fill("ada@example.org");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "checkout");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to the price")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check your order")))
                .isVisible();
        assertThat(page.locator("#total")).hasText("€449.00");
        assertThat(page.locator("#delivery")).containsText("Delivered by Friday 4 December");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "review");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place the order for €449.00")).click();

        page.waitForURL("**/orders/" + id + "?token=" + TRACKING_CODE + "&placed=1");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thank you: your order is placed")))
                .isVisible();
        assertThat(page.locator(".notice .tracking-link")).hasText("/orders/" + id + "?token=" + TRACKING_CODE);
        assertThat(page.locator("#placed-delivery")).hasText("It will be delivered by Friday 4 December.");
        assertThat(page.locator("#delivery")).hasText("Promised by Friday 4 December (ships Wednesday 2 December)");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "placed");
        org.assertj.core.api.Assertions.assertThat(consoleErrors).as("browser console errors").isEmpty();
        page.context().close();
    }
}

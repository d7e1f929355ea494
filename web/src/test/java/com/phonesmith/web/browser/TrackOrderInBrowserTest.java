package com.phonesmith.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.Orders;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real browser (Debian's Chromium, driven by Playwright) uses the pages as a shopper would. */
@QuarkusTest
class TrackOrderInBrowserTest extends RealInfrastructure {
    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @TestHTTPResource("/")
    URL home;

    private final FakeBackends backends = FakeBackends.get();

    @BeforeAll
    static void launchChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            fail("The browser test needs Debian's Chromium at " + CHROMIUM
                    + ", which is missing: install it with `apt-get update && apt-get install -y chromium`.");
        }
        Map<String, String> env = Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        // the order page refreshes every 2 s: give an assertion a few refreshes
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void aShopperSeesTheCatalogTracksAnOrderAndWatchesItsTimelineGrowUntilShipped() {
        String id = Orders.freshId();
        Orders.Entry placed = new Orders.Entry("2026-11-25T09:15:02Z", "OrderPlaced", "Nordvik Fjord birch 256 GB");
        Orders.Entry imageReady = new Orders.Entry("2026-11-25T09:16:40Z", "ImageReady", "image sha256:4f2a signed");
        Orders.Entry shipped = new Orders.Entry("2026-11-26T15:00:00Z", "Shipped", "parcel 00340434161234567890");
        backends.configurator().json(Orders.orderPath(id), Orders.order(id, "PLACED"));
        backends.workflow().json(Orders.timelinePath(id), Orders.timeline(id, "PLACED", List.of(placed)));

        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
        List<String> consoleErrors = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });

        page.navigate(home.toString());
        assertThat(page).hasTitle("Catalog · Phonesmith");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Nordvik Fjord"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Lumo Mobile"))).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Variants of Lumo Pro")))
                .containsText("€1,299.00");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("OS features")))
                .containsText("Desktop mode");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("catalog.png")).setFullPage(true));

        page.getByLabel("Order id").fill(id);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Track order")).click();

        page.waitForURL("**/orders/" + id);
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
        assertThat(page.locator("#order-progress")).not().hasAttribute("hx-trigger", "every 2s");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("order.png")).setFullPage(true));

        org.assertj.core.api.Assertions.assertThat(consoleErrors).as("browser console errors").isEmpty();
        page.close();
    }
}

package com.phonesmith.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.phonesmith.web.fake.FactoryFloor;
import com.phonesmith.web.fake.FakeBackend;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.ManualFloor;
import com.phonesmith.web.fake.Orders;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * In a real browser, as at a bench: an operator opens the packing station, scans a phone (the scanner types the
 * IMEI into the focused box and presses Enter), reads its trace, and blocks the station with a reason; at the flashing
 * station, an operator watches the ports' bars move and a port fail, without reloading the page; at the kitting,
 * flashing and shipping stations switched to be worked by hand, an operator kits a phone, starts its flash and hands
 * its parcel to the carrier (by the tracking number on its label), each by scanning it.
 */
@QuarkusTest
class StationConsoleInBrowserTest extends InChromium {

    @Test
    void anOperatorScansAPhoneAtThePackingStationAndBlocksTheStation() {
        String orderId = Orders.freshId();
        FactoryFloor.answer(FakeBackends.get().factory(), orderId, false);
        List<String> consoleErrors = new CopyOnWriteArrayList<>();
        Page page = chromium.newPage(consoleErrors);
        signIn(page, "operator", WebSessions.DEMO_PASSWORD);

        page.navigate(home + "factory");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Station console")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Stations");
        Chromium.assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Packing 1 waiting Working")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Packing station");
        assertThat(page.getByLabel("Scan or type an IMEI")).isFocused();

        page.keyboard().type(FactoryFloor.IMEI);
        page.keyboard().press("Enter");
        assertThat(page.locator("#scanned-status")).hasText("PACKED");
        assertThat(page.locator("#trace")).containsText("packed; booked with PostNord");
        assertThat(page.locator("#queue")).containsText(orderId);
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "station-console-scan");

        FactoryFloor.answer(FakeBackends.get().factory(), orderId, true);
        page.getByLabel("Why does the station stop?").fill("tape dispenser jammed");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Block the station")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Blocked Packing: tape dispenser jammed");
        assertThat(page.locator("#block-reason")).containsText("tape dispenser jammed");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unblock the station")))
                .isVisible();
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "station-console-blocked");
        org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
        page.context().close();
    }

    @Test
    void anOperatorWatchesAPortsBarAdvanceAndAnotherPortFailWithItsReasonWithoutReloading() {
        FakeBackend factory = FakeBackends.get().factory();
        String orderId = Orders.freshId();
        String other = Orders.freshId();
        FactoryFloor.answer(factory, orderId, false);
        FactoryFloor.ports(factory, FactoryFloor.flashing(5554, orderId, "boot", 10),
                FactoryFloor.flashing(5555, other, "system", 30), FactoryFloor.idle(5556));
        List<String> consoleErrors = new CopyOnWriteArrayList<>();
        Page page = chromium.newPage(consoleErrors);
        signIn(page, "operator", WebSessions.DEMO_PASSWORD);

        page.navigate(home + "factory/stations/flashing");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Flashing station");
        page.evaluate("() => { window.stillTheSamePage = true; }");
        Locator first = page.locator("#port-5554");
        Locator bar = page.locator("#port-5554-bar");
        assertThat(bar).hasAttribute("value", "10");
        assertThat(first).containsText("boot");
        assertThat(first).containsText(FactoryFloor.FLASHING_IMEI);
        assertThat(first).containsText(orderId);
        assertThat(page.getByRole(AriaRole.PROGRESSBAR, new Page.GetByRoleOptions().setName("Port 5555: 30% written")))
                .isVisible();
        Chromium.assertAccessible(page);

        // the flash moves on: the bar follows within a second or two, the page is not reloaded
        FactoryFloor.ports(factory, FactoryFloor.flashing(5554, orderId, "system", 55),
                FactoryFloor.flashing(5555, other, "system", 60), FactoryFloor.idle(5556));
        assertThat(bar).hasAttribute("value", "55");
        assertThat(first.locator(".port-percent-value")).hasText("55%");
        assertThat(first.locator(".port-partition")).hasText("system");

        // factory-adapter goes away: the panel says so, the rest of the page stays
        try (FakeBackend.Outage outage = factory.outage()) {
            assertThat(page.locator("#ports-unavailable")).containsText("factory-adapter is not answering");
            assertThat(page.getByLabel("Scan or type an IMEI")).isVisible();
            assertThat(page.locator("#queue")).isVisible();
        }

        // it is back, and meanwhile the other port failed
        FactoryFloor.ports(factory, FactoryFloor.flashing(5554, orderId, "vendor", 80),
                FactoryFloor.failed(5555, other, "system", 60,
                        "flash: handset refused flash:system: writing system failed: flash memory error", null),
                FactoryFloor.idle(5556));
        LocatorAssertions.ContainsTextOptions untilAsked = new LocatorAssertions.ContainsTextOptions()
                .setTimeout(15_000);
        assertThat(page.locator("#port-5555 .port-state")).containsText("Failed", untilAsked);
        assertThat(page.locator("#port-5555-failure")).containsText("writing system failed: flash memory error");
        assertThat(bar).hasAttribute("value", "80");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "station-console-ports");

        FactoryFloor.ports(factory, FactoryFloor.done(5554, orderId),
                FactoryFloor.failed(5555, other, "system", 60,
                        "flash: handset refused flash:system: writing system failed: flash memory error", null),
                FactoryFloor.idle(5556));
        assertThat(first.locator(".port-state")).containsText("Done");
        assertThat(bar).hasAttribute("value", "100");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.stillTheSamePage === true"))
                .isEqualTo(true);
        org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
        page.context().close();
    }

    @Test
    void anOperatorKitsAPhoneStartsItsFlashAndHandsItToTheCarrierAtStationsWorkedByHand() {
        String orderId = Orders.freshId();
        ManualFloor floor = ManualFloor.start(FakeBackends.get().factory(), orderId);
        try {
            List<String> consoleErrors = new CopyOnWriteArrayList<>();
            Page page = chromium.newPage(consoleErrors);
            signIn(page, "operator", WebSessions.DEMO_PASSWORD);

            page.navigate(home + "factory/stations/kitting");
            assertThat(page.locator("#station-mode")).hasText("The floor works this station by itself.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Work phones here by hand")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("The Kitting station is worked by hand now: scan "
                    + "each phone.");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Kit a phone")))
                    .isVisible();
            assertThat(page.locator("#queue")).containsText(orderId);
            assertThat(page.getByLabel("Scan or type an IMEI")).isFocused();

            // the wrong phone from the shelf: refused beside the scan box, in factory-adapter's words
            page.keyboard().type(FactoryFloor.IMEI);
            page.keyboard().press("Enter");
            assertThat(page.locator("#scan-error")).containsText("no work order has handset " + FactoryFloor.IMEI);
            org.assertj.core.api.Assertions.assertThat(consoleErrors) // the page of the refusal answers its 404
                    .containsExactly("Failed to load resource: the server responded with a status of 404 (Not Found)");
            consoleErrors.clear();
            page.getByLabel("Scan or type an IMEI").fill(ManualFloor.IMEI);
            page.keyboard().press("Enter");
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Kitted handset " + ManualFloor.IMEI + " for order "
                    + orderId + ": on its flashing port it can be flashed.");
            assertThat(page.locator("#queue")).not().containsText(orderId);
            Chromium.assertAccessible(page);
            Chromium.screenshot(page, "station-console-kitted");

            page.navigate(home + "factory/stations/flashing");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Work phones here by hand")).click();
            assertThat(page.locator("#queue")).containsText(orderId);
            page.getByLabel("Scan or type an IMEI").fill(ManualFloor.IMEI);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start its flash")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Started the flash of handset " + ManualFloor.IMEI
                    + " (order " + orderId + "): its port shows the progress.");

            floor.packed();
            page.navigate(home + "factory/stations/shipping");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Work phones here by hand")).click();
            assertThat(page.locator("#station-mode")).containsText("only when an operator scans it at hand-over");
            assertThat(page.locator("#queue")).containsText(orderId);
            // the barcode of the tracking number on the parcel's label does as well as the phone's IMEI
            page.getByLabel("Scan or type an IMEI or tracking number").fill(ManualFloor.TRACKING);
            page.keyboard().press("Enter");
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Handed order " + orderId + " to PostNord as "
                    + ManualFloor.TRACKING + ": shipped.");
            Chromium.assertAccessible(page);
            Chromium.screenshot(page, "station-console-shipped");
            org.assertj.core.api.Assertions.assertThat(floor.status()).isEqualTo("SHIPPED");
            org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
            page.context().close();
        } finally {
            floor.close();
        }
    }
}

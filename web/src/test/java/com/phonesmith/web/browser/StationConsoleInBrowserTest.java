package com.phonesmith.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.phonesmith.web.fake.FactoryFloor;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.Orders;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * In a real browser, as at a bench: an operator opens the packing station, scans a phone (the scanner types the
 * IMEI into the focused box and presses Enter), reads its trace, and blocks the station with a reason.
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
}

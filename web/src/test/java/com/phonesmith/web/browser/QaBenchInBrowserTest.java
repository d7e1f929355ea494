package com.phonesmith.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.Orders;
import com.phonesmith.web.fake.QaBench;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * In a real browser, as at a bench of manual stations: an operator takes a phone from the QA queue, scans it (the
 * scanner types the IMEI into the focused box and presses Enter), finds a failed check that blocks the pass, fails it
 * for rework; after rework scans it again, ticks the visual checks and passes it; at packing scans it into its box
 * and opens its label.
 */
@QuarkusTest
class QaBenchInBrowserTest extends InChromium {

    @Test
    void anOperatorWorksAPhoneFromTheQaQueueThroughAFailureAndAPassToPacked() {
        String orderId = Orders.freshId();
        QaBench bench = QaBench.start(FakeBackends.get().factory(), orderId);
        try {
            List<String> consoleErrors = new CopyOnWriteArrayList<>();
            Page page = chromium.newPage(consoleErrors);
            signIn(page, "operator", WebSessions.DEMO_PASSWORD);

            page.navigate(home + "factory/stations/qa");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("QA station");
            assertThat(page.locator("#queue")).containsText(orderId);
            assertThat(page.getByLabel("Scan or type an IMEI")).isFocused();

            // the first flash booted a stale build: the failed check is highlighted and Pass is blocked
            assertThat(page.getByLabel("Scan or type an IMEI")).isFocused();
            page.keyboard().type(QaBench.IMEI);
            page.keyboard().press("Enter");
            assertThat(page.locator("#checklist")).isVisible();
            assertThat(page.locator("#check-fingerprint")).hasClass("check-failed");
            assertThat(page.locator("#check-fingerprint")).containsText("build fingerprint is");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pass: on to packing")))
                    .isDisabled();
            assertThat(page.locator("#pass-blocked")).containsText("1 automated check failed");
            Chromium.assertAccessible(page);
            Chromium.screenshot(page, "qa-bench-failed-check");

            page.getByLabel("What is wrong with the phone?").fill("runs an old build");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fail: back for rework")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("goes back for rework (runs an old build)");
            org.assertj.core.api.Assertions.assertThat(bench.status()).isEqualTo("QA_FAILED");

            // reworked: scanned again, every check passes once the operator ticks the visual ones
            bench.reworked();
            page.navigate(home + "factory/stations/qa");
            assertThat(page.getByLabel("Scan or type an IMEI")).isFocused();
            page.keyboard().type(QaBench.IMEI);
            page.keyboard().press("Enter");
            assertThat(page.locator("#check-fingerprint")).hasClass("check-passed");
            page.getByLabel("Screen lights evenly with no dead pixels or marks").check();
            page.getByLabel("Power and volume buttons click and respond").check();
            page.getByLabel("Front and rear cameras show a sharp picture").check();
            Chromium.assertAccessible(page);
            Chromium.screenshot(page, "qa-bench-ready-to-pass");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pass: on to packing")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Passed QA: order " + orderId);

            // packing: the scan packs the phone and offers its label
            page.navigate(home + "factory/stations/packing");
            assertThat(page.locator("#queue")).containsText(orderId);
            assertThat(page.getByLabel("Scan or type an IMEI")).isFocused();
            page.keyboard().type(QaBench.IMEI);
            page.keyboard().press("Enter");
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Packed order " + orderId);
            var label = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Open the label of order " + orderId + " (PDF)"));
            assertThat(label).hasAttribute("target", "_blank");
            APIResponse pdf = page.context().request().get(home + "factory/orders/" + orderId + "/label");
            org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
            org.assertj.core.api.Assertions.assertThat(bench.status()).isEqualTo("PACKED");
            Chromium.assertAccessible(page);
            Chromium.screenshot(page, "packing-bench-packed");
            org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
            page.context().close();
        } finally {
            bench.close();
        }
    }
}

package com.phonesmith.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.Orders;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The configurator page in Chromium: the delivery date follows every click of colour and storage, like the price. */
@QuarkusTest
class ConfigureInBrowserTest extends InChromium {
    private static final String EVALUATE = "/api/configurations/evaluate";
    private static final String PROMISE = "/api/promise";

    private final FakeBackends backends = FakeBackends.get();

    /** configurator-api's evaluation of a Lumo One, ink, with this storage chosen (64 or 128 GB). */
    private static String evaluation(int storageGb) {
        long price = storageGb == 64 ? 24900 : 27900;
        return """
                {"maker":"lumo","model":"lumo-one","modelName":"Lumo One","colour":"ink","storageGb":%1$d,
                 "consistent":true,
                 "options":[{"code":"firefox","name":"Firefox","description":"Browser","kind":"app","group":"browser",
                   "groupKind":"AT_LEAST_ONE","priceMinor":0,"installMb":280,"byDefault":true,"status":"OPEN",
                   "inConfiguration":true,"why":"","fixes":[]}],
                 "colours":[{"value":"ink","chosen":true,"possible":true,"why":"","fixes":[]},
                            {"value":"coral","chosen":false,"possible":true,"why":"","fixes":[]}],
                 "storages":[{"value":"64","chosen":%2$s,"possible":true,"why":"","fixes":[]},
                             {"value":"128","chosen":%3$s,"possible":true,"why":"","fixes":[]}],
                 "conflict":null,
                 "configuration":{"colour":"ink","storageGb":%1$d,"ramGb":8,"features":[],"apps":["firefox"],
                                  "installMb":280,"freeMb":53248},
                 "price":{"lines":[{"kind":"handset","code":"lumo-one","name":"Lumo One, ink, %1$d GB","amountMinor":%4$d},
                                   {"kind":"app","code":"firefox","name":"Firefox","amountMinor":0}],
                          "totalMinor":%4$d,"taxMinor":4150,"taxPercent":20,"currency":"EUR"}}
                """.formatted(storageGb, storageGb == 64, storageGb == 128, price);
    }

    @Test
    void theShopperSeesTheDeliveryDateOfTheChosenPhoneAndIsToldHonestlyBeforePayingWhenNoneCanBePromised() {
        backends.configurator().answerPost(EVALUATE, 200, "application/json", evaluation(64), Map.of());
        backends.configurator().json(PROMISE, Orders.promise("lumo-one", "ink", 64, true, "2026-12-02", "2026-12-04",
                null));
        List<String> consoleErrors = new CopyOnWriteArrayList<>();
        Page page = chromium.newPage(consoleErrors);

        page.navigate(home + "configure/lumo-one?colour=ink&storage=64");

        assertThat(page.locator("#delivery .delivery-date")).hasText("Delivered by Friday 4 December");
        assertThat(page.locator("#delivery .delivery-ship")).hasText("Ships Wednesday 2 December");
        assertThat(page.locator("#total")).hasText("€249.00");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "configure-delivery");

        backends.configurator().answerPost(EVALUATE, 200, "application/json", evaluation(128), Map.of());
        backends.configurator().json(PROMISE, Orders.promise("lumo-one", "ink", 128, false, null, null,
                "no lumo-one ink 128 GB handset in stock"));
        page.locator("#storage-128").click();

        assertThat(page.locator("#total")).hasText("€279.00");
        assertThat(page.locator("#delivery .delivery-heading")).hasText("No delivery date can be promised");
        assertThat(page.locator("#delivery .delivery-reason")).hasText("No lumo-one ink 128 GB handset in stock.");
        assertThat(page.locator("#delivery time")).hasCount(0);
        assertThat(page.locator("#configurator-status")).containsText("No delivery date can be promised.");
        org.assertj.core.api.Assertions.assertThat(page.url()).endsWith("/configure/lumo-one?colour=ink&storage=128");
        org.assertj.core.api.Assertions.assertThat(backends.configurator().lastRequest(PROMISE).pathAndQuery())
                .endsWith("?model=lumo-one&colour=ink&storageGb=128");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "configure-no-promise");

        backends.configurator().answerPost("/api/quotes", 201, "application/json", """
                {"id":"5e8a1f2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b","quotedAt":"2026-12-01T09:30:00Z",
                 "validUntil":"2026-12-01T10:00:00Z","model":"lumo-one","colour":"ink","storageGb":128,
                 "features":[],"apps":["firefox"],
                 "price":{"lines":[{"kind":"handset","code":"lumo-one","name":"Lumo One, ink, 128 GB","amountMinor":27900}],
                  "totalMinor":27900,"taxMinor":4650,"taxPercent":20,"currency":"EUR"},
                 "promise":{"model":"lumo-one","colour":"ink","storageGb":128,"promisable":false,"shipDate":null,
                  "deliveryDate":null,"reason":"no lumo-one ink 128 GB handset in stock"}}
                """, Map.of());
        page.getByLabel("E-mail for the order confirmation").fill("ada@example.org");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Order this phone")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check your order")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Warning: we cannot promise delivery within seven days.");
        assertThat(page.locator("#delivery .delivery-reason")).hasText("No lumo-one ink 128 GB handset in stock.");
        Chromium.assertAccessible(page);
        Chromium.screenshot(page, "review-no-promise");
        org.assertj.core.api.Assertions.assertThat(consoleErrors).as("browser console errors").isEmpty();
        page.context().close();
    }
}

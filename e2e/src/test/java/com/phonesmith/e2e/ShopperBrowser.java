package com.phonesmith.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A shopper's browser on the running system: Debian's Chromium driven by Playwright, a phone-sized window
 * (the shop must work there), axe-core for accessibility and a screenshot of each step under target/.
 */
final class ShopperBrowser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    private ShopperBrowser(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static ShopperBrowser open() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("the browser journey needs Debian's Chromium at " + CHROMIUM
                    + ": install it with `apt-get install -y chromium`");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--no-first-run")));
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        return new ShopperBrowser(playwright, browser);
    }

    /** A fresh page as on a phone, whose console errors (a script blocked by the CSP among them) are collected. */
    Page phone(List<String> consoleErrors) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)).newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text() + " (at " + message.location() + " on " + message.page().url() + ")");
            }
        });
        return page;
    }

    /** Fails naming every serious or critical finding of axe-core on the page as it is now. */
    static void assertAccessible(Page page) {
        List<String> findings = new AxeBuilder(page).analyze().getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
        if (!findings.isEmpty()) {
            throw new AssertionError("axe-core finds on " + page.url() + ":\n  " + String.join("\n  ", findings));
        }
    }

    static void screenshot(Page page, String step) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(step + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}

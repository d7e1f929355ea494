package com.phonesmith.web.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.phonesmith.web.RealInfrastructure;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** What the browser test classes share: one Chromium per class, web's address, and signing in as a person does. */
abstract class InChromium extends RealInfrastructure {
    static Chromium chromium;

    @TestHTTPResource("/")
    URL home;

    @BeforeAll
    static void launchChromium() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void closeChromium() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    void signIn(Page page, String username, String password) {
        page.navigate(home + "login");
        page.getByLabel("Username or e-mail").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForLoadState();
    }
}

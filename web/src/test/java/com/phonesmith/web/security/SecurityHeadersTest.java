package com.phonesmith.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.FakeBackends;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Pages allow only the app's own scripts, are never framed, and send no Referer. */
@QuarkusTest
class SecurityHeadersTest extends RealInfrastructure {

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        FakeBackends.get();
        for (String path : new String[] {"/", "/login", "/signup", "/order"}) {
            Response page = given().get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.header("Content-Security-Policy")).as(path)
                    .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(page.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(page.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(page.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
        }
    }

    @Test
    void pagesThatMayHoldPersonalDataAreNotCached() {
        assertThat(given().get("/login").header("Cache-Control")).isEqualTo("no-store");
        assertThat(given().redirects().follow(false).get("/account").header("Cache-Control")).isEqualTo("no-store");
    }
}

package com.phonesmith.web.security;

import com.phonesmith.devstack.testing.EndpointAnnotations;
import com.phonesmith.devstack.testing.RoleMatrix;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every page and endpoint of web states who may use it and refuses everybody else: people are known by their
 * session cookie, so the matrix signs in (a fresh session per call) instead of sending bearer tokens.
 */
@QuarkusTest
class WhoMayCallTest extends RealInfrastructure {
    @TestHTTPResource("/")
    URI base;

    @Test
    void everyOperationOfTheOpenApiDocumentRefusesCallersItDoesNotAllow() {
        // the station console's pages need the floor's answers, whichever test class ran before this one
        com.phonesmith.web.fake.FactoryFloor.answer(FakeBackends.get().factory(),
                com.phonesmith.web.fake.Orders.freshId(), false);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> WebSessions.attempt(
                WebSessions.newBrowser(), "partner-nordvik", WebSessions.DEMO_PASSWORD).statusCode() == 303);
        WebSessions.Session ended = WebSessions.signInDemo("shopper");
        ended.form().post("/logout");

        Map<String, Map<String, String>> invalid = new LinkedHashMap<>();
        invalid.put("forged session cookie", Map.of("Cookie", "phonesmith_session=" + "A".repeat(43)));
        invalid.put("session that was signed out", Map.of("Cookie", "phonesmith_session=" + ended.cookie()));
        invalid.put("bearer token of a service's test key",
                Map.of("Authorization", "Bearer " + TestTokens.get().forRole(Roles.SUPPORT)));

        RoleMatrix.fromOpenApi(base)
                .publicOperations("GET /", "GET /login", "POST /login", "POST /logout", "GET /signup",
                        "POST /signup", "GET /order", "POST /order", "GET /orders", "GET /orders/{id}",
                        "GET /orders/{id}/timeline", "GET /orders/{id}/live", "POST /orders/{id}/cancel", "GET /.well-known/jwks.json",
                        "POST /oauth/token", "GET /configure/{model}", "POST /configure/{model}/share", "GET /c/{code}")
                .credentials(WhoMayCallTest::signedIn, invalid)
                .loginPage("/login")
                .accept("text/html")
                .assertEnforced(Roles.PEOPLE);
    }

    @Test
    void supportsExpediteAndNoteFormsAreInTheMatrixAsSupportsOnly() {
        org.assertj.core.api.Assertions.assertThat(RoleMatrix.fromOpenApi(base).operations()).contains(
                new RoleMatrix.Operation("POST", "/support/escalations/expedite", Set.of(Roles.SUPPORT)),
                new RoleMatrix.Operation("POST", "/orders/{id}/notes", Set.of(Roles.SUPPORT)),
                new RoleMatrix.Operation("GET", "/support", Set.of(Roles.SUPPORT)));
    }

    @Test
    void theStationConsolesPortsPanelIsInTheMatrixAsOperatorsAndSupports() {
        org.assertj.core.api.Assertions.assertThat(RoleMatrix.fromOpenApi(base).operations()).contains(
                new RoleMatrix.Operation("GET", "/factory/stations/{kind}/ports",
                        Set.of(Roles.OPERATOR, Roles.SUPPORT)));
    }

    @Test
    void everyResourceMethodSaysWhoMayCallIt() {
        EndpointAnnotations.assertEveryEndpointStatesWhoMayCallIt(Path.of("target/classes"));
    }

    private static Map<String, String> signedIn(String role) {
        String username = role.equals(Roles.PARTNER) ? "partner-nordvik" : role;
        WebSessions.Session session = WebSessions.signInDemo(username);
        return Map.of("Cookie", "phonesmith_session=" + session.cookie() + "; phonesmith_csrf="
                + session.csrf().cookie(), "X-CSRF-Token", session.csrf().token());
    }
}

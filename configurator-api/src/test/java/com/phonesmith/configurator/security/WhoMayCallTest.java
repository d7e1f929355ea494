package com.phonesmith.configurator.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.configurator.RealInfrastructure;
import com.phonesmith.devstack.testing.EndpointAnnotations;
import com.phonesmith.devstack.testing.RoleMatrix;
import com.phonesmith.platform.security.Roles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every endpoint of configurator-api states who may call it, and refuses everybody else. */
@QuarkusTest
class WhoMayCallTest extends RealInfrastructure {
    @TestHTTPResource("/")
    URI base;

    @Test
    void theOpenApiDocumentListsTheRolesOfEachOperation() {
        assertThat(RoleMatrix.fromOpenApi(base).operations()).contains(
                new RoleMatrix.Operation("GET", "/api/orders", Set.of(Roles.SHOPPER, Roles.SUPPORT)),
                new RoleMatrix.Operation("GET", "/api/makers/{maker}/sales",
                        Set.of(Roles.PARTNER, Roles.SUPPORT, Roles.ADMIN)),
                new RoleMatrix.Operation("GET", "/api/catalog", Set.of()),
                new RoleMatrix.Operation("GET", "/api/launches", Set.of(Roles.ADMIN, Roles.SUPPORT)),
                new RoleMatrix.Operation("GET", "/api/admin/catalog/rules", Set.of(Roles.ADMIN)));
    }

    @Test
    void everyOperationOfTheOpenApiDocumentRefusesCallersItDoesNotAllow() {
        RoleMatrix.fromOpenApi(base)
                .publicOperations("GET /api/catalog", "POST /api/orders", "GET /api/orders/{id}",
                        "POST /api/configurations/evaluate", "POST /api/configurations", "POST /api/quotes",
                        "GET /api/launches/{code}", "GET /api/promise",
                        "GET /api/configurations/{code}")
                .sample("maker", "nordvik")
                .assertEnforced(Roles.ALL);
    }

    @Test
    void everyResourceMethodSaysWhoMayCallIt() {
        EndpointAnnotations.assertEveryEndpointStatesWhoMayCallIt(Path.of("target/classes"));
    }
}

package com.phonesmith.factory.security;

import com.phonesmith.devstack.testing.EndpointAnnotations;
import com.phonesmith.devstack.testing.RoleMatrix;
import com.phonesmith.factory.support.RealInfrastructure;
import com.phonesmith.platform.security.Roles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every endpoint of factory-adapter states who may call it, and refuses everybody else. */
@QuarkusTest
class WhoMayCallTest extends RealInfrastructure {
    @TestHTTPResource("/")
    URI base;

    @Test
    void everyOperationOfTheOpenApiDocumentRefusesCallersItDoesNotAllow() {
        RoleMatrix.fromOpenApi(base)
                .sample("imei", "356938035643809")
                .sample("day", "2030-01-07")
                .sample("station", "kitting")
                .publicOperations("GET /api/promise")
                .assertEnforced(Roles.ALL);
    }

    @Test
    void theFlashingStationsPortsAreInTheMatrixForOperatorsAndSupport() {
        org.assertj.core.api.Assertions.assertThat(RoleMatrix.fromOpenApi(base).operations()).contains(
                new RoleMatrix.Operation("GET", "/api/floor/stations/{station}/ports",
                        Set.of(Roles.OPERATOR, Roles.SUPPORT)));
    }

    @Test
    void everyResourceMethodSaysWhoMayCallIt() {
        EndpointAnnotations.assertEveryEndpointStatesWhoMayCallIt(Path.of("target/classes"));
    }
}

package com.phonesmith.activations.security;

import com.phonesmith.activations.RealInfrastructure;
import com.phonesmith.devstack.testing.EndpointAnnotations;
import com.phonesmith.devstack.testing.RoleMatrix;
import com.phonesmith.platform.security.Roles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every endpoint of activations states who may call it, and refuses everybody else. */
@QuarkusTest
class WhoMayCallTest extends RealInfrastructure {
    @TestHTTPResource("/")
    URI base;

    @Test
    void everyOperationOfTheOpenApiDocumentRefusesCallersItDoesNotAllow() {
        RoleMatrix.fromOpenApi(base)
                // months and dates far ahead, so that no call of the matrix closes a month or sets a rate
                .publicOperations("POST /api/devices/{imei}/activation", "POST /api/devices/{imei}/check-ins")
                .sample("maker", "nordvik").sample("month", "2099-01").sample("imei", "356938035643809")
                .sample("effectiveFrom", "2099-01-01")
                .assertEnforced(Roles.ALL);
    }

    @Test
    void everyResourceMethodSaysWhoMayCallIt() {
        EndpointAnnotations.assertEveryEndpointStatesWhoMayCallIt(Path.of("target/classes"));
    }
}

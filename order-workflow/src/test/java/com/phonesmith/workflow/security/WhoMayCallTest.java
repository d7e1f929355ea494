package com.phonesmith.workflow.security;

import com.phonesmith.devstack.testing.EndpointAnnotations;
import com.phonesmith.devstack.testing.RoleMatrix;
import com.phonesmith.platform.security.Roles;
import com.phonesmith.workflow.RealInfrastructure;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every endpoint of order-workflow states who may call it, and refuses everybody else. */
@QuarkusTest
class WhoMayCallTest extends RealInfrastructure {
    @TestHTTPResource("/")
    URI base;

    @Test
    void everyOperationOfTheOpenApiDocumentRefusesCallersItDoesNotAllow() {
        RoleMatrix.fromOpenApi(base)
                .publicOperations("GET /api/orders/{id}/timeline", "GET /api/orders/{id}/timeline/stream",
                        "POST /api/orders/{orderId}/cancel")
                .assertEnforced(Roles.ALL);
    }

    @Test
    void everyResourceMethodSaysWhoMayCallIt() {
        EndpointAnnotations.assertEveryEndpointStatesWhoMayCallIt(Path.of("target/classes"));
    }
}

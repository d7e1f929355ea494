package com.phonesmith.images.security;

import com.phonesmith.devstack.testing.EndpointAnnotations;
import com.phonesmith.devstack.testing.RoleMatrix;
import com.phonesmith.images.RealInfrastructure;
import com.phonesmith.platform.security.Roles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every endpoint of os-image-builder states who may call it, and refuses everybody else. */
@QuarkusTest
class WhoMayCallTest extends RealInfrastructure {
    @TestHTTPResource("/")
    URI base;

    @Test
    void everyOperationOfTheOpenApiDocumentRefusesCallersItDoesNotAllow() {
        RoleMatrix.fromOpenApi(base)
                .sample("digest", "0".repeat(64))
                .sample("bundleKey", "0".repeat(64))
                .sample("keyId", "k-0000000000000000")
                .sample("version", "9.9")
                .publicOperations("GET /api/signing/trusted-keys")
                .assertEnforced(Roles.ALL);
    }

    @Test
    void everyResourceMethodSaysWhoMayCallIt() {
        EndpointAnnotations.assertEveryEndpointStatesWhoMayCallIt(Path.of("target/classes"));
    }
}

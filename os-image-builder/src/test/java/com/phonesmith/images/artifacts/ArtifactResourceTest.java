package com.phonesmith.images.artifacts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;

import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.images.RealInfrastructure;
import com.phonesmith.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArtifactResourceTest extends RealInfrastructure {
    @Inject
    Artifacts artifacts;

    @Test
    void anArtifactDownloadsWithItsSizeDigestAndETag() throws IOException {
        byte[] content = ("artifact " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        StoredArtifact artifact = artifacts.store().write(out -> out.write(content));

        byte[] body = given().auth().oauth2(TestTokens.get().forRole(Roles.SERVICE)).when().get("/api/artifacts/{digest}", artifact.digest())
                .then().statusCode(200)
                .contentType("application/octet-stream")
                .header("Content-Length", String.valueOf(content.length))
                .header("ETag", "\"" + artifact.digest() + "\"")
                .header("X-Content-SHA256", artifact.digest())
                .extract().asByteArray();

        assertThat(body).isEqualTo(content);
    }

    @Test
    void headAnswersTheHeadersOfADownloadWithoutItsContent() throws IOException {
        byte[] content = ("head " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        StoredArtifact artifact = artifacts.store().write(out -> out.write(content));

        given().auth().oauth2(TestTokens.get().forRole(Roles.SERVICE)).when().head("/api/artifacts/{digest}", artifact.digest())
                .then().statusCode(200)
                .contentType("application/octet-stream")
                .header("Content-Length", String.valueOf(content.length))
                .header("ETag", "\"" + artifact.digest() + "\"")
                .header("X-Content-SHA256", artifact.digest())
                .body(emptyString());
    }

    @Test
    void aClientThatHasTheArtifactAlreadyGetsNotModified() throws IOException {
        StoredArtifact artifact = artifacts.store().write(out -> out.write(UUID.randomUUID().toString().getBytes()));

        given().auth().oauth2(TestTokens.get().forRole(Roles.SERVICE)).header("If-None-Match", "\"" + artifact.digest() + "\"")
                .when().get("/api/artifacts/{digest}", artifact.digest())
                .then().statusCode(304);
    }

    @Test
    void anUnknownDigestIsANotFoundProblem() {
        given().auth().oauth2(TestTokens.get().forRole(Roles.SERVICE)).when().get("/api/artifacts/{digest}", "0".repeat(64))
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void somethingThatIsNotASha256DigestIsABadRequestNamingTheDigest() {
        for (String wrong : new String[] {"abc", "A".repeat(64), "z".repeat(64), "0".repeat(65)}) {
            given().auth().oauth2(TestTokens.get().forRole(Roles.SERVICE)).when().get("/api/artifacts/{digest}", wrong)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("digest"));
        }
    }

    @Test
    void headOfAnUnknownDigestIsNotFound() {
        given().auth().oauth2(TestTokens.get().forRole(Roles.SERVICE)).when().head("/api/artifacts/{digest}", "1".repeat(64)).then().statusCode(404);
    }
}

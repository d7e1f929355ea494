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
    void aRangeOfAnArtifactDownloadsAsPartialContent() throws IOException {
        byte[] content = ("0123456789 range " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        StoredArtifact artifact = artifacts.store().write(out -> out.write(content));
        String token = TestTokens.get().forRole(Roles.SERVICE);

        byte[] middle = given().auth().oauth2(token).header("Range", "bytes=3-6")
                .when().get("/api/artifacts/{digest}", artifact.digest())
                .then().statusCode(206)
                .header("Content-Range", "bytes 3-6/" + content.length)
                .header("Content-Length", "4")
                .header("X-Content-SHA256", artifact.digest())
                .extract().asByteArray();
        byte[] tail = given().auth().oauth2(token).header("Range", "bytes=-5")
                .when().get("/api/artifacts/{digest}", artifact.digest())
                .then().statusCode(206).extract().asByteArray();

        assertThat(new String(middle, StandardCharsets.UTF_8)).isEqualTo("3456");
        assertThat(tail).isEqualTo(java.util.Arrays.copyOfRange(content, content.length - 5, content.length));
        given().auth().oauth2(token).header("Range", "bytes=" + content.length + "-")
                .when().get("/api/artifacts/{digest}", artifact.digest())
                .then().statusCode(416).header("Content-Range", "bytes */" + content.length);
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

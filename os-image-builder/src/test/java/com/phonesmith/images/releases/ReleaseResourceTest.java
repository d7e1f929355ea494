package com.phonesmith.images.releases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.images.RealInfrastructure;
import com.phonesmith.images.release.Release;
import com.phonesmith.images.release.ReleaseIndex;
import com.phonesmith.images.release.ReleasePackage;
import com.phonesmith.images.release.SeedRelease;
import com.phonesmith.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A new OS release is imported only whole and consistent, and never changed once imported. */
@QuarkusTest
class ReleaseResourceTest extends RealInfrastructure {
    private static final Release SEED = SeedRelease.generate(new SeedRelease.Sizes(1L << 20, 1L << 20, 16L << 10));

    private static String admin() {
        return TestTokens.get().forRole(Roles.ADMIN);
    }

    @Test
    void theSeedReleaseIsListedAsTheCurrentOne() {
        given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT)).when().get("/api/releases")
                .then().statusCode(200).body("find { it.version == '1.0' }.seed", equalTo(true))
                .body("find { it.version == '1.0' }.current", equalTo(true));
    }

    @Test
    void aConsistentReleaseIsImportedOnceAndCannotBeChangedAfterwards() {
        String index = ReleaseIndex.toJson(new Release("2.0", SEED.packages(), SEED.catalog()));

        given().auth().oauth2(admin()).contentType("application/json").body(index).when().post("/api/releases")
                .then().statusCode(201).body("version", equalTo("2.0")).body("packages", equalTo(SEED.packages().size()));
        given().auth().oauth2(admin()).contentType("application/json").body(index).when().post("/api/releases")
                .then().statusCode(201).body("version", equalTo("2.0"));
        given().auth().oauth2(admin()).when().get("/api/releases")
                .then().body("version", hasItem("2.0"));

        List<ReleasePackage> fewer = new ArrayList<>(SEED.packages());
        fewer.removeIf(p -> p.name().equals("app-signal"));
        fewer.add(rename(SEED.packageNamed("app-signal").orElseThrow(), "9.9.9"));
        given().auth().oauth2(admin()).contentType("application/json")
                .body(ReleaseIndex.toJson(new Release("2.0", fewer, SEED.catalog())))
                .when().post("/api/releases")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("version"));
    }

    @Test
    void aReleaseWithADependencyNobodyProvidesIsRefusedNamingIt() {
        List<ReleasePackage> packages = new ArrayList<>(SEED.packages());
        ReleasePackage signal = SEED.packageNamed("app-signal").orElseThrow();
        packages.remove(signal);
        packages.add(new ReleasePackage(signal.name(), signal.version(), signal.partition(), signal.essential(),
                List.of("libteleport"), signal.conflicts(), signal.provides(), signal.files()));

        given().auth().oauth2(admin()).contentType("application/json")
                .body(ReleaseIndex.toJson(new Release("3.0", packages, SEED.catalog())))
                .when().post("/api/releases")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("release"))
                .body("detail", containsString("libteleport"));
    }

    @Test
    void aReleaseWhoseFileDigestDoesNotMatchItsContentIsRefusedNamingTheFile() {
        String index = ReleaseIndex.toJson(new Release("4.0", SEED.packages(), SEED.catalog()));
        String digest = SEED.packageNamed("app-signal").orElseThrow().files().get(0).sha256();

        given().auth().oauth2(admin()).contentType("application/json").body(index.replace(digest, "0".repeat(64)))
                .when().post("/api/releases")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("release"))
                .body("detail", containsString("package app-signal file "))
                .body("detail", containsString("gives SHA-256 " + "0".repeat(64) + " but its content's is " + digest));
    }

    @Test
    void theSeedReleaseCannotBeReplacedAndOnlyAnAdminImports() {
        given().auth().oauth2(admin()).contentType("application/json").body(ReleaseIndex.toJson(SEED))
                .when().post("/api/releases").then().statusCode(409);
        given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT)).contentType("application/json")
                .body(ReleaseIndex.toJson(SEED)).when().post("/api/releases").then().statusCode(403);
    }

    private static ReleasePackage rename(ReleasePackage p, String version) {
        return new ReleasePackage(p.name(), version, p.partition(), p.essential(), p.depends(), p.conflicts(),
                p.provides(), p.files());
    }
}

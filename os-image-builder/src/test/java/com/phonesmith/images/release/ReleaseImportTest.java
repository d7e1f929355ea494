package com.phonesmith.images.release;

import static com.phonesmith.images.release.TestPackage.product;
import static com.phonesmith.images.release.TestPackage.system;
import static com.phonesmith.images.release.TestPackage.vendor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseImportTest {

    private static InputStream json(Release release) {
        return new ByteArrayInputStream(ReleaseIndex.toJson(release).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSoundReleaseIsImported() throws Exception {
        Release release = TestPackage.release(List.of("lumo-one"), List.of(), List.of("osmand"),
                system("base-libc").essential(), vendor("vendor-lumo-one"), product("app-osmand").needs("maps-engine"),
                product("maps-engine"));

        assertThat(ReleaseImport.parse(json(release))).isEqualTo(release);
    }

    @Test
    void aReleaseWithADependencyNobodyProvidesIsRefusedNamingIt() {
        Release release = TestPackage.release(List.of("lumo-one"), List.of(), List.of("osmand"),
                system("base-libc").essential(), vendor("vendor-lumo-one"), product("app-osmand").needs("maps-engine"));

        assertThatThrownBy(() -> ReleaseImport.parse(json(release)))
                .isInstanceOfSatisfying(InvalidRelease.class, e -> assertThat(e.problems())
                        .containsExactly("package app-osmand depends on maps-engine, which no package provides"))
                .hasMessageContaining("package app-osmand depends on maps-engine, which no package provides");
    }

    @Test
    void everyProblemOfAReleaseIsReportedAtOnce() {
        Release release = TestPackage.release(List.of("lumo-one"), List.of(), List.of("osmand"),
                system("base-libc").essential().file("/lib/libc.so"), system("compat-libc").file("/lib/libc.so"),
                vendor("vendor-lumo-one"), product("app-osmand").needs("maps-engine").conflicts("maps-lite"));

        assertThatThrownBy(() -> ReleaseImport.parse(json(release)))
                .isInstanceOfSatisfying(InvalidRelease.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "package app-osmand depends on maps-engine, which no package provides",
                        "package app-osmand conflicts with maps-lite, which no package is or provides",
                        "/lib/libc.so is installed by both base-libc and compat-libc on the system partition"));
    }

    @Test
    void anIndexWithoutDigestsIsImportedAndEveryFileGetsTheDigestOfItsContent() throws Exception {
        Release release = TestPackage.release(List.of("lumo-one"), List.of(), List.of(),
                system("base-libc").essential().file("/lib64/libc.so"), vendor("vendor-lumo-one"));
        String withoutDigests = ReleaseIndex.toJson(release).replaceAll("(?m)^\\s*\"sha256\" : \"[0-9a-f]+\",?\n", "");
        assertThat(withoutDigests).doesNotContain("sha256");

        Release imported = ReleaseImport.parse(new ByteArrayInputStream(withoutDigests.getBytes(StandardCharsets.UTF_8)))
                .withFileDigests();

        assertThat(ReleaseIndex.toJson(imported)).isEqualTo(ReleaseIndex.toJson(release));
        PackageFile libc = fileOf(imported, "base-libc", "/lib64/libc.so");
        assertThat(libc.sha256()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(libc.open().readAllBytes())));
    }

    @Test
    void aFileWhoseGivenDigestIsNotThatOfItsContentIsRefusedNamingIt() {
        Release release = TestPackage.release(List.of("lumo-one"), List.of(), List.of(),
                system("base-libc").essential().file("/lib64/libc.so"),
                vendor("vendor-lumo-one").file("/firmware/modem.bin"));
        String libc = fileOf(release, "base-libc", "/lib64/libc.so").sha256();
        String modem = fileOf(release, "vendor-lumo-one", "/firmware/modem.bin").sha256();
        String wrong = "0".repeat(64);
        String index = ReleaseIndex.toJson(release).replace(libc, wrong).replace(modem, "not-hex");

        assertThatThrownBy(() -> ReleaseImport.parse(new ByteArrayInputStream(index.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidRelease.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "package base-libc file /lib64/libc.so gives SHA-256 " + wrong + " but its content's is "
                                + libc,
                        "package vendor-lumo-one file /firmware/modem.bin has a SHA-256 that is not 64 lower-case hex "
                                + "digits: not-hex"));
    }

    private static PackageFile fileOf(Release release, String pkg, String path) {
        return release.packageNamed(pkg).orElseThrow().files().stream().filter(f -> f.path().equals(path))
                .findFirst().orElseThrow();
    }

    @Test
    void somethingThatIsNotAReleaseIndexIsRefused() {
        InputStream garbage = new ByteArrayInputStream(
                "{\"version\": \"1.0\", \"packages\": 7".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> ReleaseImport.parse(garbage)).isInstanceOf(InvalidRelease.class)
                .hasMessageStartingWith("the release cannot be imported: the release index is not readable");
    }
}

package com.phonesmith.images.release;

import static com.phonesmith.images.release.TestPackage.product;
import static com.phonesmith.images.release.TestPackage.system;
import static com.phonesmith.images.release.TestPackage.vendor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
    void somethingThatIsNotAReleaseIndexIsRefused() {
        InputStream garbage = new ByteArrayInputStream(
                "{\"version\": \"1.0\", \"packages\": 7".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> ReleaseImport.parse(garbage)).isInstanceOf(InvalidRelease.class)
                .hasMessageStartingWith("the release cannot be imported: the release index is not readable");
    }
}

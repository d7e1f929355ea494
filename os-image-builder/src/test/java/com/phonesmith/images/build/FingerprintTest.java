package com.phonesmith.images.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.images.artifacts.ArtifactStore;
import com.phonesmith.images.packages.PackageKind;
import com.phonesmith.images.packages.PackageSpec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    private static final List<PackageSpec> PACKAGES = List.of(
            PackageSpec.base("phonesmith-base", "1.0.0"),
            new PackageSpec("app-firefox", "128.0.1", PackageKind.APP, "firefox"),
            new PackageSpec("device-lumo-pro", "1.0.0", PackageKind.MODEL, "lumo-pro"));

    @Test
    void theFingerprintNamesTheModelTheReleaseThePackageSetAndTheBuildNumber() {
        String expectedSetId = ArtifactStore.sha256Hex(
                "app-firefox=128.0.1\ndevice-lumo-pro=1.0.0\nphonesmith-base=1.0.0\n".getBytes(StandardCharsets.UTF_8))
                .substring(0, 12);

        assertThat(Fingerprint.of("lumo-pro", PACKAGES, 42))
                .isEqualTo("phonesmith/lumo-pro/lumo-pro:1.0/" + expectedSetId + "/42:user/release-keys");
    }

    @Test
    void thePackageSetIdIgnoresTheOrderOfThePackages() {
        assertThat(Fingerprint.packageSetId(List.of(PACKAGES.get(2), PACKAGES.get(0), PACKAGES.get(1)))).isEqualTo(Fingerprint.packageSetId(PACKAGES))
                .hasSize(12).matches("[0-9a-f]{12}");
    }

    @Test
    void anotherVersionOfAPackageGivesAnotherPackageSetId() {
        List<PackageSpec> updated = List.of(PACKAGES.get(0),
                new PackageSpec("app-firefox", "129.0", PackageKind.APP, "firefox"), PACKAGES.get(2));

        assertThat(Fingerprint.packageSetId(updated)).isNotEqualTo(Fingerprint.packageSetId(PACKAGES));
    }
}

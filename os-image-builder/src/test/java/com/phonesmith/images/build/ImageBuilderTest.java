package com.phonesmith.images.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.contracts.image.ImageFormat;
import com.phonesmith.contracts.image.ImageManifest;
import com.phonesmith.contracts.image.ImageManifest.PackageEntry;
import com.phonesmith.images.artifacts.ArtifactStore;
import com.phonesmith.images.packages.Configuration;
import com.phonesmith.images.packages.PackageKind;
import com.phonesmith.images.packages.PackageSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageBuilderTest {
    private static final Configuration CONFIGURATION =
            new Configuration("lumo-pro", List.of("microg"), List.of("signal", "firefox"));
    private static final List<PackageSpec> PACKAGES = List.of(
            PackageSpec.base("phonesmith-launcher", "1.0.0"),
            PackageSpec.base("phonesmith-base", "1.0.0"),
            new PackageSpec("device-lumo-pro", "1.0.0", PackageKind.MODEL, "lumo-pro"),
            new PackageSpec("feature-microg", "0.3.6", PackageKind.FEATURE, "microg"),
            new PackageSpec("app-signal", "7.20.2", PackageKind.APP, "signal"),
            new PackageSpec("app-firefox", "128.0.1", PackageKind.APP, "firefox"));

    @TempDir
    Path storeDir;

    @Test
    void theImageStartsWithAManifestOfTheOrderItsConfigurationAndEveryPackage() throws IOException {
        BuiltImage image = new ImageBuilder(new ArtifactStore(storeDir)).build("order-1", CONFIGURATION, PACKAGES, 7);

        ImageManifest manifest = readManifest(image.artifact().path());
        assertThat(manifest).isEqualTo(image.manifest());
        assertThat(manifest.orderId()).isEqualTo("order-1");
        assertThat(manifest.model()).isEqualTo("lumo-pro");
        assertThat(manifest.features()).containsExactly("microg");
        assertThat(manifest.apps()).containsExactly("firefox", "signal");
        assertThat(manifest.fingerprint()).isEqualTo(Fingerprint.of("lumo-pro", PACKAGES, 7))
                .startsWith("phonesmith/lumo-pro/lumo-pro:1.0/").endsWith("/7:user/release-keys");
        assertThat(manifest.packages()).extracting(PackageEntry::name).containsExactly("app-firefox", "app-signal",
                "device-lumo-pro", "feature-microg", "phonesmith-base", "phonesmith-launcher");
        PackageEntry firefox = manifest.packages().get(0);
        byte[] payload = PackagePayload.of("app-firefox", "128.0.1");
        assertThat(firefox).isEqualTo(new PackageEntry("app-firefox", "128.0.1", ArtifactStore.sha256Hex(payload),
                payload.length));
    }

    @Test
    void afterTheHeaderComeThePackagePayloadsInTheManifestsOrder() throws IOException {
        BuiltImage image = new ImageBuilder(new ArtifactStore(storeDir)).build("order-2", CONFIGURATION, PACKAGES, 8);

        byte[] bytes = Files.readAllBytes(image.artifact().path());
        long payloadBytes = image.manifest().packages().stream().mapToLong(PackageEntry::sizeBytes).sum();
        int offset = (int) (bytes.length - payloadBytes);
        for (PackageEntry entry : image.manifest().packages()) {
            byte[] payload = Arrays.copyOfRange(bytes, offset, offset + (int) entry.sizeBytes());
            assertThat(ArtifactStore.sha256Hex(payload)).as(entry.name()).isEqualTo(entry.sha256());
            offset += (int) entry.sizeBytes();
        }
        assertThat(offset).isEqualTo(bytes.length);
        assertThat(image.artifact().sizeBytes()).isEqualTo(bytes.length);
        assertThat(image.artifact().digest()).isEqualTo(ArtifactStore.sha256Hex(bytes));
    }

    @Test
    void theSameInputsBuildTheSameImageByteForByte(@TempDir Path otherStore) throws IOException {
        BuiltImage one = new ImageBuilder(new ArtifactStore(storeDir)).build("order-3", CONFIGURATION, PACKAGES, 9);
        BuiltImage two = new ImageBuilder(new ArtifactStore(otherStore)).build("order-3", CONFIGURATION,
                List.of(PACKAGES.get(5), PACKAGES.get(3), PACKAGES.get(1), PACKAGES.get(0), PACKAGES.get(4),
                        PACKAGES.get(2)), 9);

        assertThat(two.artifact().digest()).isEqualTo(one.artifact().digest());
        assertThat(Files.readAllBytes(two.artifact().path())).isEqualTo(Files.readAllBytes(one.artifact().path()));
    }

    @Test
    void anotherBuildNumberGivesAnotherImage() throws IOException {
        ImageBuilder builder = new ImageBuilder(new ArtifactStore(storeDir));

        BuiltImage one = builder.build("order-4", CONFIGURATION, PACKAGES, 10);
        BuiltImage two = builder.build("order-4", CONFIGURATION, PACKAGES, 11);

        assertThat(two.artifact().digest()).isNotEqualTo(one.artifact().digest());
        assertThat(Fingerprint.packageSetId(PACKAGES)).isEqualTo(two.manifest().fingerprint().split("/")[3]);
    }

    private static ImageManifest readManifest(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return ImageFormat.readManifest(in).orElseThrow();
        }
    }
}

package com.phonesmith.images.build;

import com.phonesmith.contracts.image.ImageFormat;
import com.phonesmith.contracts.image.ImageManifest;
import com.phonesmith.contracts.image.ImageManifest.PackageEntry;
import com.phonesmith.images.artifacts.ArtifactStore;
import com.phonesmith.images.artifacts.StoredArtifact;
import com.phonesmith.images.packages.Configuration;
import com.phonesmith.images.packages.PackageSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes an OS image into the artifact store: the {@link ImageFormat} header (magic line and manifest), then
 * each package's payload in package-name order. The manifest lists every package with its version, SHA-256
 * and size. The same inputs always give the same bytes.
 */
public final class ImageBuilder {
    private final ArtifactStore store;

    public ImageBuilder(ArtifactStore store) {
        this.store = store;
    }

    public BuiltImage build(String orderId, Configuration configuration, List<PackageSpec> packages,
            long buildNumber) throws IOException {
        List<PackageSpec> sorted = packages.stream().sorted(Comparator.comparing(PackageSpec::name)).toList();
        List<byte[]> payloads = new ArrayList<>();
        List<PackageEntry> entries = new ArrayList<>();
        for (PackageSpec spec : sorted) {
            byte[] payload = PackagePayload.of(spec.name(), spec.version());
            payloads.add(payload);
            entries.add(new PackageEntry(spec.name(), spec.version(), ArtifactStore.sha256Hex(payload),
                    payload.length));
        }
        ImageManifest manifest = new ImageManifest(orderId, configuration.model(),
                Fingerprint.of(configuration.model(), sorted, buildNumber), configuration.features(),
                configuration.apps(), List.copyOf(entries));
        StoredArtifact artifact = store.write(out -> {
            ImageFormat.writeHeader(manifest, out);
            for (byte[] payload : payloads) {
                out.write(payload);
            }
        });
        return new BuiltImage(artifact, manifest);
    }
}

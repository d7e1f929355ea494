package com.phonesmith.images.build;

import com.phonesmith.images.artifacts.ArtifactStore;
import com.phonesmith.images.packages.PackageSpec;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The build fingerprint a handset reports, in Android's shape
 * {@code brand/product/device:release/build-id/incremental:type/tags}:
 * {@code phonesmith/<model>/<model>:1.0/<package set id>/<build number>:user/release-keys}. The package set
 * id is the first 12 hex characters of the SHA-256 of the package list sorted by name, one
 * {@code name=version} line each (every line ends with a newline).
 */
public final class Fingerprint {
    public static final String RELEASE = "1.0";

    private Fingerprint() {
    }

    public static String of(String model, List<PackageSpec> packages, long buildNumber) {
        return "phonesmith/" + model + "/" + model + ":" + RELEASE + "/" + packageSetId(packages) + "/"
                + buildNumber + ":user/release-keys";
    }

    public static String packageSetId(List<PackageSpec> packages) {
        String list = packages.stream()
                .sorted(Comparator.comparing(PackageSpec::name))
                .map(p -> p.name() + "=" + p.version() + "\n")
                .collect(Collectors.joining());
        return ArtifactStore.sha256Hex(list.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }
}

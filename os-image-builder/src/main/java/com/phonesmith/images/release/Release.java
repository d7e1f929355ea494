package com.phonesmith.images.release;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An OS release: a versioned package index and the catalog map from model, feature and app codes to
 * packages. Packages are kept sorted by name.
 */
public record Release(String version, List<ReleasePackage> packages, CatalogMap catalog) {

    public Release {
        packages = packages == null ? List.of()
                : packages.stream().map(p -> Objects.requireNonNull(p, "a release lists an empty package"))
                        .sorted(Comparator.comparing(ReleasePackage::name,
                                Comparator.nullsFirst(Comparator.naturalOrder())))
                        .toList();
        catalog = catalog == null ? CatalogMap.empty() : catalog;
    }

    /**
     * This release with every file's SHA-256 known, those not known yet computed now on all cores: what an import
     * does once, so that no build has to hash package files for the bill of materials.
     */
    public Release withFileDigests() {
        packages.stream().flatMap(p -> p.files().stream()).filter(file -> !file.hasSha256()).toList()
                .parallelStream().forEach(PackageFile::sha256);
        return this;
    }

    /** The package of that name, if the release has one. */
    public Optional<ReleasePackage> packageNamed(String name) {
        return packages.stream().filter(p -> Objects.equals(p.name(), name)).findFirst();
    }
}

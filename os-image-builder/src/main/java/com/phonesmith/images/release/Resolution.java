package com.phonesmith.images.release;

import java.util.Comparator;
import java.util.List;

/**
 * The packages an image of a selection installs, sorted by name, and their digest: the SHA-256 (hex) of the
 * lines {@code name=version\n} in that order.
 */
public record Resolution(String release, List<ResolvedPackage> packages, String digest) {

    public static Resolution of(String release, List<ResolvedPackage> packages) {
        List<ResolvedPackage> sorted = packages.stream().sorted(Comparator.comparing(ResolvedPackage::name)).toList();
        StringBuilder lines = new StringBuilder();
        sorted.forEach(p -> lines.append(p.name()).append('=').append(p.version()).append('\n'));
        return new Resolution(release, sorted, Digests.sha256Hex(lines.toString()));
    }

    public Resolution {
        packages = List.copyOf(packages);
    }

    /** The package names, sorted. */
    public List<String> names() {
        return packages.stream().map(ResolvedPackage::name).toList();
    }
}

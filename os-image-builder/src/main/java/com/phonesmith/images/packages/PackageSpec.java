package com.phonesmith.images.packages;

import java.util.Objects;

/**
 * One entry of the package index: a package at a version, and the catalog code that pulls it into an
 * image ({@code null} for base packages, which every image has).
 */
public record PackageSpec(String name, String version, PackageKind kind, String catalogCode) {
    public PackageSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
        if ((kind == PackageKind.BASE) != (catalogCode == null)) {
            throw new IllegalArgumentException(
                    "package " + name + ": base packages have no catalog code, all others have one");
        }
    }

    public static PackageSpec base(String name, String version) {
        return new PackageSpec(name, version, PackageKind.BASE, null);
    }
}

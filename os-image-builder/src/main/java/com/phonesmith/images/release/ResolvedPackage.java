package com.phonesmith.images.release;

/** A package of a resolution. */
public record ResolvedPackage(String name, String version, PackagePartition partition) {
}

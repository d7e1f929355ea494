package com.phonesmith.images.release;

import java.util.Arrays;
import java.util.List;

/**
 * A package of a release. {@code depends} lists names, each a real package or a virtual name some package
 * {@code provides}; an entry may offer alternatives, {@code "a | b"}. {@code conflicts} lists names (real or
 * virtual) that cannot be installed alongside it. An {@code essential} package is in every image.
 */
public record ReleasePackage(String name, String version, PackagePartition partition, boolean essential,
        List<String> depends, List<String> conflicts, List<String> provides, List<PackageFile> files) {

    public ReleasePackage {
        depends = copy(depends);
        conflicts = copy(conflicts);
        provides = copy(provides);
        files = copy(files);
    }

    /** The names of a dependency entry: {@code "a | b"} gives a and b. */
    public static List<String> alternatives(String dependency) {
        if (dependency == null) {
            return List.of("");
        }
        return Arrays.stream(dependency.split("\\|", -1)).map(String::strip).toList();
    }

    /** The total size of the package's files. */
    public long size() {
        return files.stream().mapToLong(PackageFile::size).sum();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}

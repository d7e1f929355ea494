package com.phonesmith.images.release;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A package of the seed release before its files are made: its relations and the shape of its files. */
final class SeedSpec {
    /** Where a package's files go, and how its bytes are split between them. */
    enum Layout {
        LIB, BIN, FRAMEWORK, PRIV_APP, APP, FONT, FIRMWARE, HAL, DATA, CONFIG, KERNEL
    }

    final String name;
    final PackagePartition partition;
    final Layout layout;
    final String title;
    String version = "1.0.0";
    boolean essential;
    int heaviness = 1;
    final List<String> depends = new ArrayList<>();
    final List<String> conflicts = new ArrayList<>();
    final List<String> provides = new ArrayList<>();

    SeedSpec(String name, PackagePartition partition, Layout layout, String title) {
        this.name = name;
        this.partition = partition;
        this.layout = layout;
        this.title = title;
    }

    SeedSpec version(String value) {
        version = value;
        return this;
    }

    SeedSpec essential() {
        essential = true;
        return this;
    }

    /** The package is this many times larger than its name alone would make it. */
    SeedSpec heavy(int factor) {
        heaviness = factor;
        return this;
    }

    SeedSpec needs(String... names) {
        depends.addAll(Arrays.asList(names));
        return this;
    }

    SeedSpec conflicts(String... names) {
        conflicts.addAll(Arrays.asList(names));
        return this;
    }

    SeedSpec provides(String... names) {
        provides.addAll(Arrays.asList(names));
        return this;
    }

    /** "duckduckgo-browser" becomes "DuckduckgoBrowser". */
    static String title(String code) {
        StringBuilder title = new StringBuilder();
        for (String part : code.split("-")) {
            if (!part.isEmpty()) {
                title.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return title.toString();
    }
}

package com.phonesmith.images.release;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds small releases for tests. */
final class TestPackage {
    private final String name;
    private final PackagePartition partition;
    private String version = "1.0.0";
    private boolean essential;
    private final List<String> depends = new ArrayList<>();
    private final List<String> conflicts = new ArrayList<>();
    private final List<String> provides = new ArrayList<>();
    private final List<PackageFile> files = new ArrayList<>();

    private TestPackage(String name, PackagePartition partition) {
        this.name = name;
        this.partition = partition;
        files.add(PackageFile.text("/etc/permissions/" + name + ".xml", 0644, "<permissions />\n"));
    }

    static TestPackage system(String name) {
        return new TestPackage(name, PackagePartition.SYSTEM);
    }

    static TestPackage vendor(String name) {
        return new TestPackage(name, PackagePartition.VENDOR);
    }

    static TestPackage product(String name) {
        return new TestPackage(name, PackagePartition.PRODUCT);
    }

    TestPackage version(String value) {
        version = value;
        return this;
    }

    TestPackage essential() {
        essential = true;
        return this;
    }

    TestPackage needs(String... names) {
        depends.addAll(Arrays.asList(names));
        return this;
    }

    TestPackage conflicts(String... names) {
        conflicts.addAll(Arrays.asList(names));
        return this;
    }

    TestPackage provides(String... names) {
        provides.addAll(Arrays.asList(names));
        return this;
    }

    TestPackage file(String path) {
        files.add(PackageFile.generated(path, 0644, 100, name + ":" + path));
        return this;
    }

    ReleasePackage build() {
        return new ReleasePackage(name, version, partition, essential, depends, conflicts, provides, files);
    }

    /** A release of the packages; the catalog maps model m to vendor-m, feature f to feature-f, app a to app-a. */
    static Release release(List<String> models, List<String> features, List<String> apps, TestPackage... packages) {
        Map<String, String> modelMap = new TreeMap<>();
        models.forEach(m -> modelMap.put(m, "vendor-" + m));
        Map<String, String> featureMap = new TreeMap<>();
        features.forEach(f -> featureMap.put(f, "feature-" + f));
        Map<String, String> appMap = new TreeMap<>();
        apps.forEach(a -> appMap.put(a, "app-" + a));
        return new Release("1.0", Arrays.stream(packages).map(TestPackage::build).toList(),
                new CatalogMap(modelMap, featureMap, appMap));
    }
}

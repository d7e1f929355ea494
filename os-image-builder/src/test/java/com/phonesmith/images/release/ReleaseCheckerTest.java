package com.phonesmith.images.release;

import static com.phonesmith.images.release.TestPackage.product;
import static com.phonesmith.images.release.TestPackage.system;
import static com.phonesmith.images.release.TestPackage.vendor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReleaseCheckerTest {

    private static Release releaseOf(TestPackage... packages) {
        return TestPackage.release(List.of("lumo-one"), List.of(), List.of("osmand"), packages);
    }

    private static TestPackage[] soundPackages() {
        return new TestPackage[] {
                system("base-libc").essential().provides("libc").file("/lib64/libc.so"),
                vendor("vendor-lumo-one").needs("libc").file("/lib64/libc.so"),
                product("app-osmand").needs("maps-engine | maps-lite"),
                product("maps-engine").needs("libc").conflicts("maps-lite"),
                product("maps-lite") };
    }

    @Test
    void aSoundReleaseHasNoProblems() {
        assertThat(ReleaseChecker.check(releaseOf(soundPackages()))).isEmpty();
    }

    @Test
    void aDependencyNobodyProvidesIsNamedWithThePackageThatNeedsIt() {
        Release release = releaseOf(system("base-libc").essential(), vendor("vendor-lumo-one"),
                product("app-osmand").needs("maps-engine"));

        assertThat(ReleaseChecker.check(release))
                .containsExactly("package app-osmand depends on maps-engine, which no package provides");
    }

    @Test
    void anAlternativeGroupIsRefusedOnlyWhenNoneOfItsNamesExists() {
        Release release = releaseOf(system("base-libc").essential(), vendor("vendor-lumo-one"),
                product("app-osmand").needs("maps-engine | maps-lite", "tiles | base-libc"));

        assertThat(ReleaseChecker.check(release))
                .containsExactly("package app-osmand depends on maps-engine | maps-lite, which no package provides");
    }

    @Test
    void aVirtualNameSatisfiesADependency() {
        Release release = releaseOf(system("base-libc").essential().provides("libc"), vendor("vendor-lumo-one"),
                product("app-osmand").needs("libc"));

        assertThat(ReleaseChecker.check(release)).isEmpty();
    }

    @Test
    void twoPackagesInstallingTheSamePathOnAPartitionAreRefused() {
        Release release = releaseOf(system("base-libc").essential().file("/lib/libc.so"),
                system("compat-libc").file("/lib/libc.so"), vendor("vendor-lumo-one"), product("app-osmand"));

        assertThat(ReleaseChecker.check(release)).containsExactly(
                "/lib/libc.so is installed by both base-libc and compat-libc on the system partition");
    }

    @Test
    void theSamePathOnTwoPartitionsIsFine() {
        Release release = releaseOf(system("base-libc").essential().file("/lib/libc.so"),
                vendor("vendor-lumo-one").file("/lib/libc.so"), product("app-osmand").file("/lib/libc.so"));

        assertThat(ReleaseChecker.check(release)).isEmpty();
    }

    @Test
    void pathsMustBeAbsoluteNormalisedAndWithoutTrailingSlash() {
        Release release = releaseOf(system("base-libc").essential().file("lib/libc.so").file("/lib/../etc/passwd")
                .file("/lib/").file("/lib//libm.so").file("/lib/./libz.so"), vendor("vendor-lumo-one"),
                product("app-osmand"));

        assertThat(ReleaseChecker.check(release)).containsExactly(
                "package base-libc has a file at 'lib/libc.so': the path is not absolute",
                "package base-libc has a file at '/lib/../etc/passwd': the path climbs with ..",
                "package base-libc has a file at '/lib/': the path ends with a slash",
                "package base-libc has a file at '/lib//libm.so': the path has an empty segment",
                "package base-libc has a file at '/lib/./libz.so': the path is not normalised");
    }

    @Test
    void packageNamesMustBeUnique() {
        Release release = releaseOf(system("base-libc").essential(), system("base-libc").version("2.0"),
                vendor("vendor-lumo-one"), product("app-osmand"));

        assertThat(ReleaseChecker.check(release)).contains("package name base-libc is used by 2 packages");
    }

    @Test
    void aConflictMustNameSomethingThatExists() {
        Release release = releaseOf(system("base-libc").essential().conflicts("libc5"), vendor("vendor-lumo-one"),
                product("app-osmand"));

        assertThat(ReleaseChecker.check(release))
                .containsExactly("package base-libc conflicts with libc5, which no package is or provides");
    }

    @Test
    void catalogEntriesMustPointToExistingPackagesOnTheRightPartition() {
        Release release = new Release("1.0",
                List.of(system("base-libc").essential().build(), system("vendor-lumo-one").build(),
                        product("feature-dns").build()),
                new CatalogMap(Map.of("lumo-one", "vendor-lumo-one"),
                        Map.of("dns", "feature-dns", "vpn", "feature-vpn"), Map.of("dns", "feature-dns")));

        assertThat(ReleaseChecker.check(release)).containsExactly(
                "catalog model lumo-one points to vendor-lumo-one on the SYSTEM partition, "
                        + "but a model belongs on VENDOR",
                "catalog feature vpn points to feature-vpn, which does not exist",
                "catalog code dns is both a feature and an app");
    }

    @Test
    void aReleaseNeedsAVersion() {
        Release release = new Release(" ", List.of(system("base-libc").build()), CatalogMap.empty());

        assertThat(ReleaseChecker.check(release)).containsExactly("the release has no version");
    }

    @Test
    void inlineTextMustBeAsLargeAsTheFileSays() {
        ReleasePackage libc = new ReleasePackage("base-libc", "1.0", PackagePartition.SYSTEM, true, null, null, null,
                List.of(new PackageFile("/etc/libc.conf", 0644, 99, FileContent.inline("x"))));

        assertThat(ReleaseChecker.check(new Release("1.0", List.of(libc), CatalogMap.empty())))
                .containsExactly("package base-libc file /etc/libc.conf declares 99 bytes but its text has 1");
    }

    @Test
    void aModelThatCannotBeInstalledIsRefusedWithTheReason() {
        Release release = releaseOf(system("base-libc").essential(), vendor("vendor-lumo-one").conflicts("base-libc"),
                product("app-osmand"));

        assertThat(ReleaseChecker.check(release)).containsExactly("model lumo-one cannot be installed: "
                + "vendor-lumo-one conflicts with base-libc; base-libc is installed on every phone");
    }

    @Test
    void anAppThatCannotBeInstalledOnAnyModelIsRefusedWithTheReason() {
        Release release = releaseOf(system("base-libc").essential(), vendor("vendor-lumo-one"),
                product("app-osmand").conflicts("libc"), system("libc-compat").essential().provides("libc"));

        assertThat(ReleaseChecker.check(release)).containsExactly("app osmand cannot be installed on any model; "
                + "on lumo-one: app-osmand conflicts with libc-compat (which provides libc); "
                + "libc-compat is installed on every phone");
    }
}

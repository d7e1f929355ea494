package com.phonesmith.images.release;

import static com.phonesmith.images.release.TestPackage.product;
import static com.phonesmith.images.release.TestPackage.system;
import static com.phonesmith.images.release.TestPackage.vendor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SatResolverTest {
    static final Release RELEASE = TestPackage.release(List.of("lumo-one", "nordvik-fjord"),
            List.of("work-profile", "kids-mode", "launcher-classic", "launcher-minimal", "backup"),
            List.of("osmand", "organic-maps", "browser", "vanadium", "work-mail", "sftp-client", "broken"),
            system("base-libc").essential().provides("libc"),
            system("system-ui").essential().needs("libc", "launcher-impl"),
            system("launcher-fallback").provides("launcher-impl").conflicts("launcher-impl"),
            system("system-webview").provides("webview"),
            system("vanadium-webview").provides("webview"),
            vendor("vendor-lumo-one").provides("vendor-image").conflicts("vendor-image").needs("hal-camera-lumo-one"),
            vendor("hal-camera-lumo-one").provides("hal-camera"),
            vendor("vendor-nordvik-fjord").provides("vendor-image").conflicts("vendor-image")
                    .needs("hal-camera-nordvik-fjord"),
            vendor("hal-camera-nordvik-fjord").provides("hal-camera"),
            product("feature-work-profile").conflicts("feature-kids-mode"),
            product("feature-kids-mode"),
            product("feature-launcher-classic").provides("launcher-impl").conflicts("launcher-impl"),
            product("feature-launcher-minimal").provides("launcher-impl").conflicts("launcher-impl"),
            product("feature-backup").needs("backup-webdav | backup-sftp"),
            product("backup-webdav"),
            product("backup-sftp"),
            product("app-osmand").version("4.8.6").needs("maps-engine"),
            product("app-organic-maps").needs("maps-engine"),
            product("maps-engine").needs("libc"),
            product("app-browser").needs("webview"),
            product("app-vanadium").needs("vanadium-webview"),
            product("app-work-mail").needs("feature-work-profile"),
            product("app-sftp-client").needs("backup-sftp"),
            product("app-broken").needs("maps-engine-pro"));

    private final SatResolver resolver = new SatResolver();

    private Resolution resolve(String model, List<String> features, List<String> apps) throws Exception {
        return resolver.resolve(RELEASE, new Selection(model, features, apps));
    }

    @Test
    void aModelAloneGetsTheEssentialPackagesItsVendorPackagesAndNothingElse() throws Exception {
        Resolution resolution = resolve("lumo-one", List.of(), List.of());

        assertThat(resolution.names()).containsExactly("base-libc", "hal-camera-lumo-one", "launcher-fallback",
                "system-ui", "vendor-lumo-one");
    }

    @Test
    void aSharedLibraryIsInstalledOnceForTwoAppsThatNeedIt() throws Exception {
        Resolution resolution = resolve("lumo-one", List.of(), List.of("osmand", "organic-maps"));

        assertThat(resolution.names()).contains("app-osmand", "app-organic-maps", "maps-engine");
        assertThat(resolution.packages())
                .contains(new ResolvedPackage("app-osmand", "4.8.6", PackagePartition.PRODUCT));
        assertInstallableAndMinimal(resolution, Set.of("vendor-lumo-one", "app-osmand", "app-organic-maps"));
    }

    @Test
    void aVirtualNameWithSeveralProvidersGetsExactlyOneOfThemTheSameEachTime() throws Exception {
        Resolution first = resolve("lumo-one", List.of(), List.of("browser"));

        assertThat(first.names()).contains("app-browser");
        assertThat(first.names().stream().filter(n -> n.endsWith("-webview"))).hasSize(1);
        assertInstallableAndMinimal(first, Set.of("vendor-lumo-one", "app-browser"));
        for (int i = 0; i < 10; i++) {
            assertThat(new SatResolver().resolve(RELEASE, new Selection("lumo-one", List.of(), List.of("browser"))))
                    .isEqualTo(first);
        }
    }

    @Test
    void aProviderAlreadyNeededByAnotherChoiceMeetsTheVirtualNameSoNoOtherIsAdded() throws Exception {
        Resolution resolution = resolve("lumo-one", List.of(), List.of("browser", "vanadium"));

        assertThat(resolution.names()).contains("vanadium-webview").doesNotContain("system-webview");
    }

    @Test
    void anAlternativeIsMetByExactlyOneOfItsNames() throws Exception {
        Resolution resolution = resolve("lumo-one", List.of("backup"), List.of());

        assertThat(resolution.names().stream().filter(n -> n.startsWith("backup-"))).hasSize(1);
        assertInstallableAndMinimal(resolution, Set.of("vendor-lumo-one", "feature-backup"));
    }

    @Test
    void anAlternativeAlreadyInstalledForAnotherChoiceIsTheOneUsed() throws Exception {
        Resolution resolution = resolve("lumo-one", List.of("backup"), List.of("sftp-client"));

        assertThat(resolution.names()).contains("backup-sftp").doesNotContain("backup-webdav");
    }

    @Test
    void aChosenLauncherReplacesTheFallbackLauncher() throws Exception {
        Resolution resolution = resolve("nordvik-fjord", List.of("launcher-classic"), List.of());

        assertThat(resolution.names()).containsExactly("base-libc", "feature-launcher-classic",
                "hal-camera-nordvik-fjord", "system-ui", "vendor-nordvik-fjord");
    }

    @Test
    void theOrderAndRepeatsOfChoicesDoNotChangeTheResult() throws Exception {
        Resolution one = resolve("lumo-one", List.of("backup", "launcher-minimal"), List.of("osmand", "browser"));
        Resolution other = resolve("lumo-one", List.of("launcher-minimal", "backup", "backup"),
                List.of("browser", "osmand", "browser"));

        assertThat(other).isEqualTo(one);
    }

    @Test
    void theResolutionIsSortedByNameAndItsDigestIsTheSha256OfItsNameVersionLines() throws Exception {
        Resolution resolution = resolve("lumo-one", List.of(), List.of("osmand"));

        StringBuilder lines = new StringBuilder();
        resolution.packages().forEach(p -> lines.append(p.name()).append('=').append(p.version()).append('\n'));
        assertThat(resolution.names()).isSorted();
        assertThat(resolution.release()).isEqualTo("1.0");
        assertThat(resolution.digest()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(lines.toString().getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aConflictBetweenTwoChosenFeaturesIsExplainedWithBothNames() {
        assertThatThrownBy(() -> resolve("lumo-one", List.of("work-profile", "kids-mode"), List.of()))
                .isInstanceOf(UnsatisfiableSelection.class)
                .hasMessage("feature work-profile and feature kids-mode cannot be installed together: "
                        + "feature-work-profile conflicts with feature-kids-mode");
    }

    @Test
    void twoLaunchersConflictThroughTheVirtualNameTheyBothProvide() {
        assertThatThrownBy(() -> resolve("lumo-one", List.of("launcher-classic", "launcher-minimal"), List.of()))
                .isInstanceOfSatisfying(UnsatisfiableSelection.class, e -> {
                    assertThat(e.choices()).containsExactlyInAnyOrder("feature launcher-classic",
                            "feature launcher-minimal");
                    assertThat(e.reasons()).singleElement().asString()
                            .matches("feature-launcher-(classic|minimal) conflicts with "
                                    + "feature-launcher-(classic|minimal) \\(both provide launcher-impl\\)");
                });
    }

    @Test
    void aConflictReachedThroughADependencyNamesEachStepBetweenTheChoices() {
        assertThatThrownBy(() -> resolve("lumo-one", List.of("kids-mode"), List.of("work-mail")))
                .hasMessage("app work-mail and feature kids-mode cannot be installed together: "
                        + "app-work-mail needs feature-work-profile; "
                        + "feature-work-profile conflicts with feature-kids-mode");
    }

    @Test
    void theExplanationKeepsOnlyTheChoicesAndRulesThatClash() {
        assertThatThrownBy(() -> resolve("nordvik-fjord", List.of("backup", "kids-mode", "launcher-classic",
                "work-profile"), List.of("browser", "organic-maps", "osmand", "vanadium")))
                .isInstanceOfSatisfying(UnsatisfiableSelection.class, e -> {
                    assertThat(e.choices()).containsExactly("feature work-profile", "feature kids-mode");
                    assertThat(e.reasons()).containsExactly("feature-work-profile conflicts with feature-kids-mode");
                });
    }

    @Test
    void aDependencyNobodyProvidesMakesTheChoiceUnsatisfiableNamingTheMissingName() {
        assertThatThrownBy(() -> resolve("lumo-one", List.of(), List.of("broken")))
                .isInstanceOf(UnsatisfiableSelection.class)
                .hasMessage("app broken cannot be installed: "
                        + "app-broken needs maps-engine-pro, which no package provides");
    }

    @Test
    void everyUnknownCodeIsNamed() {
        assertThatThrownBy(() -> resolve("lumo-one", List.of("teleport"), List.of("solitaire")))
                .isInstanceOf(UnknownCatalogCodes.class)
                .hasMessage("unknown feature 'teleport'; unknown app 'solitaire'");
        assertThatThrownBy(() -> resolve("lumo-two", List.of(), List.of()))
                .hasMessage("unknown model 'lumo-two'");
    }

    @Test
    void aSelectionWithoutAModelIsRefused() {
        assertThatThrownBy(() -> resolve(" ", List.of(), List.of("solitaire")))
                .isInstanceOf(UnknownCatalogCodes.class)
                .hasMessage("model is missing; unknown app 'solitaire'");
    }

    @Test
    void aChangedReleaseOfTheSameVersionIsResolvedAsItIsNow() throws Exception {
        resolve("lumo-one", List.of(), List.of("osmand"));
        Release changed = TestPackage.release(List.of("lumo-one"), List.of(), List.of("osmand"),
                system("base-libc").essential(), vendor("vendor-lumo-one"), product("app-osmand"));

        Resolution resolution = resolver.resolve(changed, new Selection("lumo-one", List.of(), List.of("osmand")));

        assertThat(resolution.names()).containsExactly("app-osmand", "base-libc", "vendor-lumo-one");
    }

    /**
     * The packages meet every dependency and clash with nothing, and no package that is neither chosen (with
     * the model's vendor package) nor essential could be left out.
     */
    static void assertInstallableAndMinimal(Resolution resolution, Set<String> chosen) {
        Set<String> names = new HashSet<>(resolution.names());
        assertThat(problems(RELEASE, names)).isEmpty();
        for (String name : names) {
            ReleasePackage p = RELEASE.packageNamed(name).orElseThrow();
            if (!p.essential() && !chosen.contains(name)) {
                Set<String> without = new HashSet<>(names);
                without.remove(name);
                assertThat(problems(RELEASE, without)).as("%s can be left out", name).isNotEmpty();
            }
        }
    }

    /** What is wrong with installing exactly these packages. */
    static List<String> problems(Release release, Set<String> names) {
        List<ReleasePackage> installed = release.packages().stream().filter(p -> names.contains(p.name())).toList();
        List<String> problems = new ArrayList<>();
        for (ReleasePackage p : installed) {
            for (String dependency : p.depends()) {
                boolean met = ReleasePackage.alternatives(dependency).stream()
                        .anyMatch(n -> installed.stream()
                                .anyMatch(q -> q.name().equals(n) || q.provides().contains(n)));
                if (!met) {
                    problems.add(p.name() + " misses " + dependency);
                }
            }
            for (String conflict : p.conflicts()) {
                installed.stream().filter(q -> q != p && (q.name().equals(conflict) || q.provides().contains(conflict)))
                        .forEach(q -> problems.add(p.name() + " clashes with " + q.name()));
            }
        }
        return problems;
    }
}

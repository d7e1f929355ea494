package com.phonesmith.images.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackageResolverTest {
    private static final List<PackageSpec> INDEX = List.of(
            new PackageSpec("app-signal", "7.20.2", PackageKind.APP, "signal"),
            PackageSpec.base("phonesmith-launcher", "1.0.0"),
            new PackageSpec("device-lumo-one", "1.0.0", PackageKind.MODEL, "lumo-one"),
            new PackageSpec("device-nordvik-fjord", "1.0.0", PackageKind.MODEL, "nordvik-fjord"),
            new PackageSpec("feature-microg", "0.3.6", PackageKind.FEATURE, "microg"),
            new PackageSpec("feature-microg-services", "0.3.6", PackageKind.FEATURE, "microg"),
            new PackageSpec("feature-privacy-dns", "1.0.0", PackageKind.FEATURE, "privacy-dns"),
            new PackageSpec("app-firefox", "128.0.1", PackageKind.APP, "firefox"),
            PackageSpec.base("phonesmith-base", "1.0.0"));

    private final PackageResolver resolver = new PackageResolver(INDEX);

    @Test
    void aConfigurationResolvesToTheBasePackagesItsModelAndWhatItsFeaturesAndAppsPullInSortedByName()
            throws Exception {
        List<PackageSpec> packages = resolver.resolve(
                new Configuration("nordvik-fjord", List.of("microg"), List.of("signal", "firefox")));

        assertThat(packages).extracting(PackageSpec::name).containsExactly("app-firefox", "app-signal",
                "device-nordvik-fjord", "feature-microg", "feature-microg-services", "phonesmith-base",
                "phonesmith-launcher");
    }

    @Test
    void aBareModelGetsOnlyTheBasePackagesAndItsDevicePackage() throws Exception {
        List<PackageSpec> packages = resolver.resolve(new Configuration("lumo-one", null, List.of()));

        assertThat(packages).extracting(PackageSpec::name)
                .containsExactly("device-lumo-one", "phonesmith-base", "phonesmith-launcher");
    }

    @Test
    void theOrderAndRepeatsOfChoicesDoNotChangeTheResult() throws Exception {
        List<PackageSpec> one = resolver.resolve(
                new Configuration("lumo-one", List.of("privacy-dns", "microg"), List.of("firefox", "signal")));
        List<PackageSpec> other = resolver.resolve(new Configuration("lumo-one",
                List.of("microg", "privacy-dns", "microg"), List.of("signal", "firefox", "signal")));

        assertThat(other).isEqualTo(one);
    }

    @Test
    void theResolvedPackagesCarryTheVersionsOfTheIndex() throws Exception {
        List<PackageSpec> packages = resolver.resolve(new Configuration("lumo-one", List.of(), List.of("firefox")));

        assertThat(packages).contains(new PackageSpec("app-firefox", "128.0.1", PackageKind.APP, "firefox"));
    }

    @Test
    void anUnknownModelIsAnErrorNamingIt() {
        assertThatThrownBy(() -> resolver.resolve(new Configuration("brick-9000", List.of(), List.of())))
                .isInstanceOf(UnresolvableConfigurationException.class)
                .hasMessage("unknown model 'brick-9000'");
    }

    @Test
    void everyUnknownFeatureAndAppIsNamed() {
        assertThatThrownBy(() -> resolver.resolve(new Configuration("lumo-one", List.of("microg", "teleport"),
                List.of("firefox", "solitaire"))))
                .isInstanceOf(UnresolvableConfigurationException.class)
                .hasMessage("unknown feature 'teleport'; unknown app 'solitaire'")
                .satisfies(e -> assertThat(((UnresolvableConfigurationException) e).unknown()).containsExactly(
                        new UnknownCatalogCode(PackageKind.FEATURE, "teleport"),
                        new UnknownCatalogCode(PackageKind.APP, "solitaire")));
    }

    @Test
    void aModelCodeIsNotAcceptedAsAnAppOrTheOtherWayRound() {
        assertThatThrownBy(() -> resolver.resolve(new Configuration("firefox", List.of(), List.of("lumo-one"))))
                .isInstanceOf(UnresolvableConfigurationException.class)
                .hasMessage("unknown model 'firefox'; unknown app 'lumo-one'");
    }

    @Test
    void aMissingModelOrABlankAppIsAnError() {
        assertThatThrownBy(() -> resolver.resolve(new Configuration(null, List.of(), Arrays.asList("firefox", null))))
                .isInstanceOf(UnresolvableConfigurationException.class)
                .hasMessage("model is missing; app is missing");
    }
}

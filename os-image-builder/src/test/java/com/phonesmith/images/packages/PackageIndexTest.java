package com.phonesmith.images.packages;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import com.phonesmith.images.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PackageIndexTest extends RealInfrastructure {
    private static final List<String> MODELS = List.of("nordvik-fjord", "nordvik-tundra", "lumo-one", "lumo-pro");
    private static final List<String> FEATURES = List.of("microg", "privacy-dns", "work-profile", "desktop-mode");
    private static final List<String> APPS = List.of("firefox", "signal", "osmand", "k9-mail", "newpipe",
            "navigator-pro");

    @Inject
    PackageIndex index;

    @Test
    void theSeededIndexHasAPackageForEveryModelFeatureAndAppTheCatalogSells() throws Exception {
        PackageResolver resolver = QuarkusTransaction.requiringNew().call(index::resolver);

        for (String model : MODELS) {
            List<PackageSpec> packages = resolver.resolve(new Configuration(model, FEATURES, APPS));
            assertThat(packages).extracting(PackageSpec::name)
                    .contains("phonesmith-base", "phonesmith-launcher", "device-" + model)
                    .containsAll(FEATURES.stream().map(f -> "feature-" + f).toList())
                    .containsAll(APPS.stream().map(a -> "app-" + a).toList())
                    .hasSize(3 + FEATURES.size() + APPS.size());
        }
    }

    @Test
    void theBasePackagesAndDevicePackagesAreAtVersion100() {
        List<PackageSpec> all = QuarkusTransaction.requiringNew().call(index::all);

        assertThat(all).filteredOn(p -> p.kind() == PackageKind.BASE || p.kind() == PackageKind.MODEL)
                .extracting(PackageSpec::version).containsOnly("1.0.0").hasSize(6);
        assertThat(all).contains(new PackageSpec("app-firefox", "128.0.1", PackageKind.APP, "firefox"));
    }
}

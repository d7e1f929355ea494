package com.phonesmith.images.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SeedReleaseTest {
    private static final long KIB = 1024;
    private static final long MIB = 1024 * KIB;
    private static final SeedRelease.Sizes SIZES = new SeedRelease.Sizes(4 * MIB, MIB, 32 * KIB);
    private static final Release SEED = SeedRelease.generate(SIZES);
    private static final Path MIGRATIONS = Path.of("..", "configurator-api", "src", "main", "resources", "db",
            "migration");

    private final SatResolver resolver = new SatResolver();

    @Test
    void theSeedHasAtLeast200PackagesOnAllThreePartitions() {
        assertThat(SEED.version()).isEqualTo("1.0");
        assertThat(SEED.packages()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(SEED.packages()).extracting(ReleasePackage::partition)
                .contains(PackagePartition.SYSTEM, PackagePartition.VENDOR, PackagePartition.PRODUCT);
        assertThat(SEED.packages()).filteredOn(ReleasePackage::essential).hasSizeGreaterThan(50)
                .allSatisfy(p -> assertThat(p.partition()).isEqualTo(PackagePartition.SYSTEM));
    }

    @Test
    void theSeedPassesTheChecker() {
        assertThat(ReleaseChecker.check(SEED)).isEmpty();
    }

    @Test
    void theSeedIsTheSameEveryTimeItIsGenerated() {
        SeedRelease.Sizes tiny = new SeedRelease.Sizes(MIB, 256 * KIB, 8 * KIB);
        Release one = SeedRelease.generate(tiny);
        Release other = SeedRelease.generate(tiny);

        assertThat(ReleaseIndex.toJson(other)).isEqualTo(ReleaseIndex.toJson(one));
        assertThat(digests(other)).isEqualTo(digests(one));
    }

    @Test
    void theEssentialSystemFilesAddUpToTheSystemSizeAndEachModelsVendorFilesToTheVendorSize() {
        long essentialSystem = SEED.packages().stream()
                .filter(p -> p.essential() && p.partition() == PackagePartition.SYSTEM)
                .mapToLong(ReleasePackage::size).sum();

        assertThat(essentialSystem).isEqualTo(SIZES.systemBytes());
        for (String model : SeedRelease.MODELS) {
            assertThat(SEED.packages().stream().filter(p -> p.partition() == PackagePartition.VENDOR)
                    .filter(p -> p.name().endsWith("-" + model)).mapToLong(ReleasePackage::size).sum())
                    .as(model).isEqualTo(SIZES.vendorBytes());
        }
    }

    @Test
    void productPackagesVaryInSizeAroundTheAverageByName() {
        List<Long> sizes = SEED.packages().stream().filter(p -> p.partition() == PackagePartition.PRODUCT)
                .map(ReleasePackage::size).toList();

        assertThat(sizes).allSatisfy(size -> assertThat(size)
                .isBetween(SIZES.productBytesPerPackage() * 2 / 7, SIZES.productBytesPerPackage() * 12 / 7));
        assertThat(new TreeSet<>(sizes)).hasSizeGreaterThan(5);
    }

    @Test
    void everyPackageHasInlineTextAndGeneratedFiles() {
        assertThat(SEED.packages()).allSatisfy(p -> {
            assertThat(p.files()).anySatisfy(f -> assertThat(f.content()).isInstanceOf(FileContent.Inline.class));
            assertThat(p.files()).anySatisfy(f -> assertThat(f.content()).isInstanceOf(FileContent.Generated.class));
            assertThat(p.files()).extracting(PackageFile::path).contains("/etc/permissions/" + p.name() + ".xml");
        });
        assertThat(SEED.packageNamed("app-firefox").orElseThrow().files()).extracting(PackageFile::path)
                .contains("/app/Firefox/Firefox.apk");
    }

    @Test
    void theCatalogMapCoversEveryModelOsFeatureAndAppOfTheShopCatalog() throws Exception {
        String sql = shopCatalogMigrations();

        assertThat(codesInsertedInto("handset_model", sql)).hasSizeGreaterThanOrEqualTo(12);
        assertThat(SEED.catalog().models()).containsOnlyKeys(codesInsertedInto("handset_model", sql));
        assertThat(SeedRelease.MODELS).containsExactlyInAnyOrderElementsOf(codesInsertedInto("handset_model", sql));
        assertThat(SEED.catalog().features()).containsOnlyKeys(codesInsertedInto("os_feature", sql));
        assertThat(SEED.catalog().apps()).containsOnlyKeys(codesInsertedInto("app", sql));
        assertThat(SEED.catalog().features().keySet())
                .doesNotContainAnyElementsOf(codesInsertedInto("option_group", sql));
    }

    @Test
    void everyModelResolvesOnItsOwnAndEveryFeatureAndAppOnItsOwnWithEveryModel() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String model : SEED.catalog().models().keySet()) {
            tryResolve(new Selection(model, List.of(), List.of()), failures);
            for (String feature : SEED.catalog().features().keySet()) {
                tryResolve(new Selection(model, List.of(feature), List.of()), failures);
            }
            for (String app : SEED.catalog().apps().keySet()) {
                tryResolve(new Selection(model, List.of(), List.of(app)), failures);
            }
        }

        assertThat(failures).isEmpty();
    }

    @Test
    void aModelGetsItsOwnVendorPackagesAndNoOtherModels() throws Exception {
        Resolution resolution = resolver.resolve(SEED, new Selection("lumo-pro", List.of(), List.of()));

        assertThat(resolution.packages()).filteredOn(p -> p.partition() == PackagePartition.VENDOR)
                .allSatisfy(p -> assertThat(p.name()).endsWith("-lumo-pro")).hasSize(12);
        assertThat(resolution.names()).contains("vendor-lumo-pro", "hal-camera-lumo-pro", "firmware-modem-lumo-pro",
                "launcher-fallback").doesNotContain("vendor-lumo-one");
    }

    @Test
    void everyModelTheShopSellsResolvesToItsOwnVendorPackageAndHalsAndNoOtherModels() throws Exception {
        for (String model : codesInsertedInto("handset_model", shopCatalogMigrations())) {
            Resolution resolution = resolver.resolve(SEED, new Selection(model, List.of("face-unlock"),
                    List.of("camera")));

            assertThat(SEED.catalog().models()).as(model).containsEntry(model, "vendor-" + model);
            assertThat(resolution.packages()).as(model).filteredOn(p -> p.partition() == PackagePartition.VENDOR)
                    .hasSize(12).allSatisfy(p -> assertThat(p.name()).endsWith("-" + model));
            assertThat(resolution.names()).as(model).contains("vendor-" + model, "hal-camera-" + model,
                    "firmware-modem-" + model, "kernel-modules-" + model, "feature-face-unlock", "app-camera");
        }
    }

    @Test
    void theVirtualNamesOfTheSeedGetOneProviderEach() throws Exception {
        Resolution resolution = resolver.resolve(SEED, new Selection("nordvik-fjord", List.of("launcher-classic"),
                List.of("duckduckgo-browser", "proton-mail")));

        assertThat(resolution.names().stream().filter(n -> n.endsWith("-webview"))).hasSize(1);
        assertThat(resolution.names()).contains("feature-launcher-classic").doesNotContain("launcher-fallback");
        assertThat(resolution.names().stream().filter(n -> n.equals("fonts-roboto") || n.equals("fonts-noto-sans")))
                .hasSize(1);
    }

    @Test
    void theCatalogsExclusionsAreConflictsExplainedForSupport() {
        assertThatThrownBy(() -> resolver.resolve(SEED, new Selection("lumo-one", List.of("work-profile", "kids-mode"),
                List.of()))).hasMessage("feature work-profile and feature kids-mode cannot be installed together: "
                        + "feature-work-profile conflicts with feature-kids-mode");
        assertThatThrownBy(() -> resolver.resolve(SEED, new Selection("lumo-one", List.of("kids-mode"),
                List.of("games-pack")))).isInstanceOfSatisfying(UnsatisfiableSelection.class,
                        e -> assertThat(e.choices()).containsExactlyInAnyOrder("feature kids-mode", "app games-pack"));
        assertThatThrownBy(() -> resolver.resolve(SEED, new Selection("lumo-one",
                List.of("launcher-classic", "launcher-focus"), List.of())))
                .isInstanceOfSatisfying(UnsatisfiableSelection.class, e -> assertThat(e.reasons()).singleElement()
                        .asString().endsWith("(both provide launcher-impl)"));
    }

    @Test
    void moreModelsGetTheirOwnVendorPackages() throws Exception {
        List<String> models = new ArrayList<>(SeedRelease.MODELS);
        models.add("lumo-max");

        Release release = SeedRelease.generate(SIZES, models);

        assertThat(release.catalog().models()).containsEntry("lumo-max", "vendor-lumo-max");
        assertThat(ReleaseChecker.check(release)).isEmpty();
        assertThat(resolver.resolve(release, new Selection("lumo-max", List.of("face-unlock"), List.of("camera")))
                .names()).contains("vendor-lumo-max", "hal-camera-lumo-max").doesNotContain("hal-camera-lumo-one");
    }

    private void tryResolve(Selection selection, List<String> failures) {
        try {
            resolver.resolve(SEED, selection);
        } catch (UnresolvableSelection e) {
            failures.add(selection + ": " + e.getMessage());
        }
    }

    private static List<String> digests(Release release) {
        return release.packages().stream().flatMap(p -> p.files().stream())
                .map(f -> f.path() + " " + f.sha256()).toList();
    }

    /** Every migration of configurator-api, in version order: the catalog the shop sells. */
    private static String shopCatalogMigrations() throws java.io.IOException {
        Pattern version = Pattern.compile("V(\\d+)__.*\\.sql");
        StringBuilder sql = new StringBuilder();
        try (var files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> version.matcher(f.getFileName().toString()).matches())
                    .sorted(java.util.Comparator.comparingInt(f -> {
                        Matcher m = version.matcher(f.getFileName().toString());
                        m.matches();
                        return Integer.parseInt(m.group(1));
                    })).toList()) {
                sql.append(Files.readString(file)).append('\n');
            }
        }
        return sql.toString();
    }

    private static Set<String> codesInsertedInto(String table, String sql) {
        Set<String> codes = new TreeSet<>();
        Matcher statement = Pattern.compile("insert into " + table + " \\([^)]*\\) values(.*?);", Pattern.DOTALL)
                .matcher(sql);
        while (statement.find()) {
            Matcher row = Pattern.compile("\\(\\s*'([a-z0-9-]+)'").matcher(statement.group(1));
            while (row.find()) {
                codes.add(row.group(1));
            }
        }
        assertThat(codes).as("codes inserted into %s", table).isNotEmpty();
        return codes;
    }
}

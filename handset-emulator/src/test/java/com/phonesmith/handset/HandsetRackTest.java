package com.phonesmith.handset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandsetRackTest {
    /** configurator-api's Flyway migrations, which seed the catalog the shop sells. */
    private static final Path CATALOG_MIGRATIONS = Path.of("..", "configurator-api", "src", "main", "resources", "db",
            "migration");

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    @Test
    void theStandardLayoutHoldsTwoUnitsOfEachOfTheFortyEightVariants() {
        RackLayout layout = RackLayout.standard();

        assertThat(layout.slots()).hasSize(48).allMatch(slot -> slot.units() == 2);
        assertThat(layout.slots()).extracting(slot -> slot.variant().toString()).containsExactlyInAnyOrder(
                "nordvik-fjord/slate/128GB", "nordvik-fjord/slate/256GB",
                "nordvik-fjord/birch/128GB", "nordvik-fjord/birch/256GB",
                "nordvik-tundra/moss/256GB", "nordvik-tundra/moss/512GB",
                "nordvik-tundra/snow/256GB", "nordvik-tundra/snow/512GB",
                "lumo-one/coral/64GB", "lumo-one/coral/128GB", "lumo-one/ink/64GB", "lumo-one/ink/128GB",
                "lumo-pro/ink/128GB", "lumo-pro/ink/256GB", "lumo-pro/sand/128GB", "lumo-pro/sand/256GB",
                "kestrel-ridge/olive/64GB", "kestrel-ridge/olive/128GB",
                "kestrel-ridge/orange/64GB", "kestrel-ridge/orange/128GB",
                "kestrel-summit/basalt/256GB", "kestrel-summit/basalt/512GB",
                "kestrel-summit/glacier/256GB", "kestrel-summit/glacier/512GB",
                "meridian-go/graphite/32GB", "meridian-go/graphite/64GB",
                "meridian-go/mint/32GB", "meridian-go/mint/64GB",
                "meridian-stride/ocean/128GB", "meridian-stride/ocean/256GB",
                "meridian-stride/sunset/128GB", "meridian-stride/sunset/256GB",
                "okapi-lite/clay/64GB", "okapi-lite/clay/128GB", "okapi-lite/sky/64GB", "okapi-lite/sky/128GB",
                "okapi-max/clay/128GB", "okapi-max/clay/256GB", "okapi-max/night/128GB", "okapi-max/night/256GB",
                "tessel-mini/lilac/128GB", "tessel-mini/lilac/256GB",
                "tessel-mini/pearl/128GB", "tessel-mini/pearl/256GB",
                "tessel-fold/frost/256GB", "tessel-fold/frost/512GB",
                "tessel-fold/onyx/256GB", "tessel-fold/onyx/512GB");
    }

    @Test
    void theStandardLayoutHoldsEveryVariantTheShopSellsAndNoOther() throws IOException {
        Set<String> sold = new TreeSet<>();
        try (Stream<Path> migrations = Files.list(CATALOG_MIGRATIONS)) {
            for (Path migration : migrations.filter(f -> f.getFileName().toString().endsWith(".sql")).toList()) {
                Matcher insert = Pattern.compile("insert into handset_variant \\(model_code, colour, storage_gb[^)]*\\)"
                        + " values(.*?);", Pattern.DOTALL).matcher(Files.readString(migration));
                while (insert.find()) {
                    Matcher row = Pattern.compile("\\(\\s*'([a-z0-9-]+)',\\s*'([a-z0-9-]+)',\\s*(\\d+)")
                            .matcher(insert.group(1));
                    while (row.find()) {
                        sold.add(new Variant(row.group(1), row.group(2), Integer.parseInt(row.group(3))).toString());
                    }
                }
            }
        }

        assertThat(sold).as("variants configurator-api's migrations insert").hasSizeGreaterThanOrEqualTo(48);
        assertThat(RackLayout.standard().slots()).extracting(slot -> slot.variant().toString())
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(sold);
    }

    @Test
    void aRackStartsOneHandsetPerUnitWithDistinctValidImeis() throws IOException {
        try (HandsetRack rack = HandsetRack.start(RackConfig.defaults(dataDir).withFirstPort(0))) {
            assertThat(rack.handsets()).hasSize(96);
            assertThat(rack.handsets()).extracting(Handset::imei).doesNotHaveDuplicates().allMatch(Imei::isValid);
            assertThat(rack.handsets()).extracting(Handset::serial).doesNotHaveDuplicates();
            Handset first = rack.handsets().get(0);
            try (RawFastbootHost host = RawFastbootHost.connect(first)) {
                assertThat(host.getvar("product")).isEqualTo(first.variant().model());
                assertThat(host.getvar("x-imei")).isEqualTo(first.imei());
            }
        }
    }

    @Test
    void aRackOfHundredsAnswersOnEveryPortAtOnceWithEachHandsetsOwnIdentity() throws Exception {
        try (HandsetRack rack = HandsetRack.start(RackConfig.defaults(dataDir).withFirstPort(0).withUnitsPerVariant(10))) {
            assertThat(rack.handsets()).hasSize(480);
            assertThat(rack.handsets()).extracting(Handset::imei).doesNotHaveDuplicates().allMatch(Imei::isValid);
            assertThat(rack.ports()).doesNotHaveDuplicates();
            ExecutorService hosts = Executors.newFixedThreadPool(32);
            try {
                List<Future<String>> answers = new ArrayList<>();
                for (Handset handset : rack.handsets()) {
                    answers.add(hosts.submit(() -> {
                        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
                            return host.getvar("serialno") + " " + host.getvar("product") + " " + host.getvar("x-imei");
                        }
                    }));
                }
                for (int i = 0; i < answers.size(); i++) {
                    Handset handset = rack.handsets().get(i);
                    assertThat(answers.get(i).get(60, TimeUnit.SECONDS))
                            .isEqualTo(handset.serial() + " " + handset.variant().model() + " " + handset.imei());
                }
            } finally {
                hosts.shutdownNow();
            }
        }
    }

    @Test
    void handsetsTakeConsecutivePortsFromTheFirstPortAndNameThemselvesAfterIt() throws IOException {
        int firstPort = freePortRange(4);
        RackLayout twoVariants = new RackLayout(RackLayout.standard().slots().subList(0, 2));
        RackConfig config = RackConfig.defaults(dataDir).withLayout(twoVariants).withFirstPort(firstPort);

        try (HandsetRack rack = HandsetRack.start(config)) {
            assertThat(rack.ports()).containsExactly(firstPort, firstPort + 1, firstPort + 2, firstPort + 3);
            assertThat(rack.handsets()).extracting(Handset::serial).containsExactly("PS" + firstPort,
                    "PS" + (firstPort + 1), "PS" + (firstPort + 2), "PS" + (firstPort + 3));
            assertThat(rack.handsets()).extracting(Handset::unit).containsExactly(1, 2, 1, 2);
        }
    }

    @Test
    void unitsPerVariantOverridesTheLayout() throws IOException {
        try (HandsetRack rack = HandsetRack.start(RackConfig.defaults(dataDir).withFirstPort(0).withUnitsPerVariant(1))) {
            assertThat(rack.handsets()).hasSize(48);
        }
    }

    @Test
    void aRackThatCannotHaveOneOfItsPortsStartsNoHandsetAtAll() throws IOException {
        int firstPort = freePortRange(2);
        RackLayout oneVariant = new RackLayout(RackLayout.standard().slots().subList(0, 1));
        RackConfig config = RackConfig.defaults(dataDir).withLayout(oneVariant).withFirstPort(firstPort);
        try (ServerSocket taken = new ServerSocket(firstPort + 1, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> HandsetRack.start(config)).isInstanceOf(BindException.class)
                    .hasMessageContaining(String.valueOf(firstPort + 1));
        }
        try (ServerSocket firstIsFreeAgain = new ServerSocket()) {
            firstIsFreeAgain.setReuseAddress(true);
            firstIsFreeAgain.bind(new InetSocketAddress("127.0.0.1", firstPort));
        }
    }

    @Test
    void aRestartedRackBootsWhatItsHandsetsHadBootedWithTheKeysOfItsTrustedKeysFile() throws IOException {
        Path keys = Files.writeString(files.resolve("trusted-keys.pem"), HandsetFixture.BUNDLES.trusted().toPem());
        RackLayout oneVariant = new RackLayout(RackLayout.standard().slots().subList(0, 1));
        RackConfig config = RackConfig.defaults(dataDir).withLayout(oneVariant).withFirstPort(freePortRange(2))
                .withTrustedKeys(keys);
        try (HandsetRack rack = HandsetRack.start(config)) {
            new BundleFlasher(rack.handsets().get(0), files).flashAndReboot(HandsetFixture.bundle(files));
        }

        try (HandsetRack rack = HandsetRack.start(config)) {
            try (RawFastbootHost host = RawFastbootHost.connect(rack.handsets().get(0))) {
                assertThat(host.getvar("x-boot-state")).isEqualTo("booted");
                assertThat(host.getvar("x-build-fingerprint")).isEqualTo(HandsetFixture.FINGERPRINT);
            }
            assertThat(rack.handsets().get(1).bootState()).isEqualTo(BootState.FASTBOOT);
        }
    }

    @Test
    void aLayoutLineMustNameModelColourStorageAndUnits() {
        assertThatThrownBy(() -> RackLayout.parse(List.of("# comment", "lumo-one,coral,64")))
                .hasMessageContaining("line 2");
        assertThat(RackLayout.parse(List.of("", "lumo-one, coral, 64, 3")).handsetCount()).isEqualTo(3);
    }

    /** The first port of a range of free ports on 127.0.0.1 (checked, then released). */
    static int freePortRange(int length) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int first;
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
                first = probe.getLocalPort();
            }
            if (first + length <= 65535 && IntStream.range(first, first + length).allMatch(HandsetRackTest::isFree)) {
                return first;
            }
        }
        throw new IllegalStateException("no range of " + length + " free ports found");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

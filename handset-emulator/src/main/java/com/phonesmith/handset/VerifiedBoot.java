package com.phonesmith.handset;

import com.phonesmith.contracts.image.boot.BootVerifier;
import com.phonesmith.contracts.image.boot.TrustedKeys;
import com.phonesmith.contracts.image.boot.Verdict;
import com.phonesmith.handset.ext4.Ext4Image;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the bootloader does on reboot: checks the boot descriptor on the current slot's vbmeta partition against the
 * keys the handset trusts, its stored rollback index and what every signed partition of that slot holds, and only then
 * "boots": reads the build properties and installed-package lists from that slot's ext4 partitions, the way the
 * running OS would. The other slot plays no part.
 */
final class VerifiedBoot {
    static final String BUILD_PROP = "/etc/build.prop";
    static final String PACKAGES_LIST = "/etc/phonesmith/packages.list";
    private static final List<Partition> WITH_PACKAGES = List.of(Partition.SYSTEM, Partition.VENDOR, Partition.PRODUCT);

    /** Booted (with what runs and the descriptor's rollback index), or refused with the reason. */
    record Outcome(RunningBuild build, long rollbackIndex, String refusal) {
        boolean booted() {
            return build != null;
        }

        static Outcome refused(String reason) {
            return new Outcome(null, -1, reason);
        }
    }

    private VerifiedBoot() {
    }

    static Outcome boot(PartitionStore store, Slot slot, TrustedKeys trusted, long minimumRollbackIndex,
            String board) throws IOException {
        Optional<Path> vbmeta = store.image(PhysicalPartition.of(Partition.VBMETA, slot));
        if (vbmeta.isEmpty()) {
            return Outcome.refused("no boot descriptor on the vbmeta partition");
        }
        Verdict verdict = new BootVerifier().verify(Files.readAllBytes(vbmeta.get()), trusted,
                name -> open(store, slot, name), minimumRollbackIndex);
        if (!verdict.ok()) {
            return Outcome.refused("verified boot refused the image: " + verdict.reason());
        }
        try {
            Properties product = properties(store, PhysicalPartition.of(Partition.PRODUCT, slot));
            Properties vendor = properties(store, PhysicalPartition.of(Partition.VENDOR, slot));
            String builtFor = vendor.getProperty("ro.product.vendor.device", "");
            if (!board.equals(builtFor)) {
                return Outcome.refused("the vendor image is for " + (builtFor.isEmpty() ? "no board" : builtFor)
                        + ", this handset is a " + board);
            }
            String fingerprint = product.getProperty("ro.build.fingerprint");
            if (fingerprint == null || fingerprint.isBlank()) {
                return Outcome.refused("the product partition has no ro.build.fingerprint");
            }
            List<String> packages = new ArrayList<>();
            for (Partition partition : WITH_PACKAGES) {
                packages.addAll(lines(read(store, PhysicalPartition.of(partition, slot), PACKAGES_LIST)));
            }
            packages.sort(null);
            RunningBuild build = new RunningBuild(fingerprint, builtFor, list(product, "ro.phonesmith.features"),
                    list(product, "ro.phonesmith.apps"), packages);
            return new Outcome(build, verdict.descriptor().orElseThrow().rollbackIndex(), null);
        } catch (IOException e) {
            return Outcome.refused("the signed partitions could not be read: " + e.getMessage());
        }
    }

    /** A partition the descriptor signs, by its name without a slot: the booting slot's copy. */
    private static Optional<InputStream> open(PartitionStore store, Slot slot, String name) throws IOException {
        Optional<Partition> partition = Partition.named(name);
        if (partition.isEmpty()) {
            return Optional.empty();
        }
        Optional<Path> image = store.image(PhysicalPartition.of(partition.get(), slot));
        return image.isEmpty() ? Optional.empty() : Optional.of(Files.newInputStream(image.get()));
    }

    private static Properties properties(PartitionStore store, PhysicalPartition partition) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(read(store, partition, BUILD_PROP)));
        return properties;
    }

    private static String read(PartitionStore store, PhysicalPartition partition, String path) throws IOException {
        Path image = store.image(partition)
                .orElseThrow(() -> new IOException("nothing is flashed to " + partition.label()));
        try (Ext4Image filesystem = Ext4Image.open(image)) {
            byte[] bytes = filesystem.readFile(path)
                    .orElseThrow(() -> new IOException(partition.label() + " has no " + path));
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static List<String> list(Properties properties, String key) {
        String value = properties.getProperty(key, "").strip();
        return value.isEmpty() ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
    }
}

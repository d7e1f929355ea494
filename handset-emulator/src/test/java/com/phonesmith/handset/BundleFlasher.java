package com.phonesmith.handset;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.contracts.image.bundle.FactoryBundle;
import com.phonesmith.contracts.image.sparse.SparsePiece;
import com.phonesmith.contracts.image.sparse.SparseReader;
import com.phonesmith.contracts.image.sparse.SparseSplitter;
import com.phonesmith.handset.fixtures.TestBundles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Flashes a signed bundle onto a handset over a fastboot connection of ours, the way the factory does: every
 * partition image as the bundle has it (sparse images split into pieces that fit the download limit), then the
 * boot descriptor to {@code vbmeta}.
 */
final class BundleFlasher {
    private final Handset handset;
    private final Path work;
    private final Set<String> corrupted = new HashSet<>();
    private long downloadLimit = Handset.MAX_DOWNLOAD_SIZE;
    /** The slot named in every flash command; none means bare names, which the handset writes to its current slot. */
    private Slot slot;

    BundleFlasher(Handset handset, Path work) {
        this.handset = handset;
        this.work = work;
    }

    /** Sparse images larger than this go in pieces, one download and flash each. */
    BundleFlasher downloadLimit(long bytes) {
        downloadLimit = bytes;
        return this;
    }

    /** Flashes {@code <partition>_<slot>} instead of the bare names. */
    BundleFlasher toSlot(Slot slot) {
        this.slot = slot;
        return this;
    }

    /** Sends the partition's image expanded, with one byte flipped, as if it had been damaged on the way. */
    BundleFlasher corrupting(String partition) {
        corrupted.add(partition);
        return this;
    }

    void flashAndReboot(TestBundles.Bundle bundle) throws IOException {
        flash(bundle);
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.command("reboot").type()).isEqualTo("OKAY");
            assertThat(host.readByte()).as("connection after a reboot").isEqualTo(-1);
        }
    }

    void flash(TestBundles.Bundle bundle) throws IOException {
        Path folder = Files.createTempDirectory(work, "flash-");
        try (FactoryBundle opened = open(bundle); RawFastbootHost host = RawFastbootHost.connect(handset)) {
            for (String partition : opened.partitions()) {
                Path image = opened.extract(partition, folder.resolve(partition + ".img"));
                if (corrupted.contains(partition)) {
                    image = corrupt(image, folder.resolve(partition + ".raw"));
                }
                flash(host, partition, image);
            }
            byte[] vbmeta = opened.vbmeta();
            assertThat(host.download(vbmeta).type()).as("download of vbmeta").isEqualTo("OKAY");
            assertThat(host.command("flash:" + named("vbmeta")).type()).as("flash of vbmeta").isEqualTo("OKAY");
        }
    }

    private void flash(RawFastbootHost host, String partition, Path image) throws IOException {
        if (!SparseReader.isSparse(image)) {
            assertThat(host.download(Files.size(image), out -> Files.copy(image, out)).type())
                    .as("download of %s", partition).isEqualTo("OKAY");
            assertThat(host.command("flash:" + named(partition)).type()).as("flash of %s", partition)
                    .isEqualTo("OKAY");
            return;
        }
        for (SparsePiece piece : SparseSplitter.split(image, downloadLimit)) {
            assertThat(host.download(piece.sizeBytes(), piece::writeTo).type())
                    .as("download of %s %s", partition, piece).isEqualTo("OKAY");
            assertThat(host.command("flash:" + named(partition)).type()).as("flash of %s %s", partition, piece)
                    .isEqualTo("OKAY");
        }
    }

    private String named(String partition) {
        return slot == null ? partition : partition + slot.suffix();
    }

    private static Path corrupt(Path image, Path raw) throws IOException {
        if (SparseReader.isSparse(image)) {
            SparseReader.expand(image, raw);
        } else {
            Files.copy(image, raw);
        }
        byte[] bytes = Files.readAllBytes(raw);
        bytes[bytes.length / 3] ^= 0x40;
        return Files.write(raw, bytes);
    }

    private static FactoryBundle open(TestBundles.Bundle bundle) throws IOException {
        try {
            return FactoryBundle.open(bundle.file());
        } catch (FactoryBundle.InvalidBundle e) {
            throw new IOException("a test bundle is invalid: " + e.getMessage(), e);
        }
    }
}

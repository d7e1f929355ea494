package com.phonesmith.factory.flashing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phonesmith.contracts.image.boot.BootDescriptor;
import com.phonesmith.contracts.image.boot.TrustedKeys;
import com.phonesmith.contracts.image.bundle.BundleEntry;
import com.phonesmith.contracts.image.bundle.FactoryBundle;
import com.phonesmith.contracts.image.bundle.FactoryBundleWriter;
import com.phonesmith.factory.support.Bundles;
import com.phonesmith.handset.fixtures.TestBundles;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleUnpackerTest {
    private static final String MODEL = "lumo-one";
    private static final TrustedKeys TRUSTED = Bundles.TEST_BUNDLES.trusted();

    @TempDir
    Path folder;

    @Test
    void theImagesComeOutInFlashingOrderWithTheDigestsTheirDescriptorSigned() throws Exception {
        TestBundles.Bundle bundle = Bundles.make(MODEL, Bundles.fingerprint(MODEL, "order-1"));

        UnpackedBundle unpacked = BundleUnpacker.unpack(bundle.file(), MODEL, folder, TRUSTED);

        assertThat(unpacked.board()).isEqualTo(MODEL);
        assertThat(unpacked.images()).extracting(PartitionImage::partition)
                .containsExactly("boot", "system", "vendor", "product");
        assertThat(unpacked.images()).extracting(PartitionImage::sparse).containsExactly(false, true, true, true);
        assertThat(unpacked.images()).allSatisfy(image -> assertThat(image.file()).isRegularFile().startsWith(folder));
        assertThat(unpacked.signedDigests()).containsOnlyKeys("boot", "product", "system", "vendor")
                .containsEntry("vendor", bundle.partitionDigest("vendor"));
        assertThat(unpacked.vbmeta()).isNotEmpty();
    }

    @Test
    void aBundleForAnotherBoardIsRefusedForGood() {
        TestBundles.Bundle bundle = Bundles.make("nordvik-fjord", "fp");

        assertThatThrownBy(() -> BundleUnpacker.unpack(bundle.file(), MODEL, folder, TRUSTED))
                .isInstanceOfSatisfying(FlashStepException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.step()).isEqualTo("flash");
                    assertThat(e.getMessage()).isEqualTo("the bundle is refused: it is for board nordvik-fjord,"
                            + " the reserved handset is a lumo-one");
                });
    }

    @Test
    void aBundleSignedWithAKeyTheFactoryDoesNotTrustIsRefusedForGoodBeforeAnythingIsTakenOut() {
        TestBundles stranger = new TestBundles();
        TestBundles.Bundle bundle = Bundles.make(stranger, MODEL, "fp");

        assertThatThrownBy(() -> BundleUnpacker.unpack(bundle.file(), MODEL, folder, TRUSTED))
                .isInstanceOfSatisfying(FlashStepException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("the bundle is refused: its descriptor is signed with key "
                            + stranger.keyId() + ", which the factory does not trust");
                });
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aBundleWhoseDescriptorWasAlteredAfterSigningIsRefusedForGood() throws Exception {
        TestBundles.Bundle signed = Bundles.make(MODEL, "fp");
        Path altered = folder.resolve("altered.zip");
        try (FactoryBundle original = FactoryBundle.open(signed.file());
                OutputStream out = Files.newOutputStream(altered)) {
            BootDescriptor descriptor = BootDescriptor.decode(original.vbmeta());
            BootDescriptor raised = new BootDescriptor(descriptor.formatVersion(), descriptor.algorithm(),
                    descriptor.keyId(), descriptor.rollbackIndex() + 1, descriptor.release(),
                    descriptor.buildFingerprint(), descriptor.partitions(), descriptor.signature());
            List<BundleEntry> images = new ArrayList<>();
            for (String partition : original.partitions()) {
                images.add(new BundleEntry(partition + ".img",
                        original.extract(partition, folder.resolve(partition + ".original"))));
            }
            FactoryBundleWriter.write(out, MODEL, images, raised.encode(), new byte[0]);
        }

        assertThatThrownBy(() -> BundleUnpacker.unpack(altered, MODEL, folder, TRUSTED))
                .isInstanceOfSatisfying(FlashStepException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("the bundle is refused: its descriptor's signature does"
                            + " not match: it was altered or signed with another key");
                });
    }

    @Test
    void aBundleMissingAnImageItsDescriptorVouchesForIsRefusedForGood() throws Exception {
        TestBundles.Bundle signed = Bundles.make(MODEL, "fp");
        Path withoutVendor = folder.resolve("without-vendor.zip");
        try (FactoryBundle original = FactoryBundle.open(signed.file());
                OutputStream out = Files.newOutputStream(withoutVendor)) {
            List<BundleEntry> images = new ArrayList<>();
            for (String partition : List.of("boot", "system", "product")) {
                images.add(new BundleEntry(partition + ".img",
                        original.extract(partition, folder.resolve(partition + ".original"))));
            }
            FactoryBundleWriter.write(out, MODEL, images, original.vbmeta(), new byte[0]);
        }

        assertThatThrownBy(() -> BundleUnpacker.unpack(withoutVendor, MODEL, folder, TRUSTED))
                .isInstanceOfSatisfying(FlashStepException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("the bundle is refused: its descriptor vouches for boot,"
                            + " product, system, vendor but it carries images of boot, system, product");
                });
    }

    @Test
    void aFileThatIsNotABundleIsRefusedForGood() throws Exception {
        Path junk = Files.writeString(folder.resolve("junk.zip"), "not a zip at all");

        assertThatThrownBy(() -> BundleUnpacker.unpack(junk, MODEL, folder, TRUSTED))
                .isInstanceOfSatisfying(FlashStepException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).startsWith("the bundle is refused: not a zip file");
                });
    }

    @Test
    void aBundleWhoseVbmetaIsNotABootDescriptorIsRefusedForGood() throws Exception {
        Path system = Files.writeString(folder.resolve("system.raw"), "raw system");
        Path bundle = folder.resolve("bundle.zip");
        try (OutputStream out = Files.newOutputStream(bundle)) {
            FactoryBundleWriter.write(out, MODEL, List.of(new BundleEntry("system.img", system)),
                    "not signed".getBytes(StandardCharsets.US_ASCII), new byte[0]);
        }

        assertThatThrownBy(() -> BundleUnpacker.unpack(bundle, MODEL, folder, TRUSTED))
                .isInstanceOfSatisfying(FlashStepException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).startsWith("the bundle is refused: its vbmeta.img is not a boot"
                            + " descriptor: not a boot descriptor");
                });
    }
}

package com.phonesmith.handset;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.handset.fixtures.TestBundles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verified boot on a virtual handset: it boots only what the keys it trusts signed, and reports what it runs. */
class VerifiedBootTest {
    private static final TestBundles BUNDLES = new TestBundles();
    private static final TestBundles.Spec SPEC = TestBundles.Spec.of("nordvik-fjord",
            "phonesmith/nordvik-fjord/nordvik-fjord:1.0/abc/2:user/release-keys", List.of("microg"), List.of("firefox"));

    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    Handset handset;

    @BeforeEach
    void start() throws IOException {
        handset = HandsetFixture.start(dataDir);
        handset.trustKeys(BUNDLES::trusted);
    }

    @AfterEach
    void stop() {
        handset.close();
    }

    @Test
    void aHandsetBootsASignedBundleAndReportsItsBuildFeaturesAppsAndPackagesFromItsPartitions() throws Exception {
        flashAll(BUNDLES.make(SPEC, files));

        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.getvar("x-boot-state")).isEqualTo("booted");
            assertThat(host.getvar("x-build-fingerprint")).isEqualTo(SPEC.fingerprint());
            assertThat(host.getvar("x-installed-features")).isEqualTo("microg");
            assertThat(host.getvar("x-installed-apps")).isEqualTo("firefox");
            assertThat(host.getvar("x-installed-package-count")).isEqualTo("4");
            assertThat(host.getvar("x-installed-package:0")).isEqualTo("app-firefox 1.0");
        }
    }

    @Test
    void aFlippedByteInAPartitionStopsTheBootNamingThePartition() throws Exception {
        TestBundles.Bundle bundle = BUNDLES.make(SPEC, files);
        flashAll(bundle, "vendor");

        assertThat(handset.bootState()).isEqualTo(BootState.FAILED);
        assertThat(handset.bootError()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("verified boot refused").contains("partition vendor"));
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.getvar("x-boot-state")).isEqualTo("failed");
            assertThat(host.getvar("x-boot-error")).contains("vendor");
        }
    }

    @Test
    void aBundleSignedWithAKeyTheHandsetDoesNotTrustDoesNotBoot() throws Exception {
        TestBundles stranger = new TestBundles();
        flashAll(stranger.make(SPEC, files));

        assertThat(handset.bootState()).isEqualTo(BootState.FAILED);
        assertThat(handset.bootError()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("signed with key " + stranger.keyId()).contains("does not trust"));
    }

    @Test
    void aBundleForAnotherBoardDoesNotBoot() throws Exception {
        flashAll(BUNDLES.make(TestBundles.Spec.of("lumo-one", SPEC.fingerprint(), List.of(), List.of()), files));

        assertThat(handset.bootError()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("the vendor image is for lumo-one, this handset is a nordvik-fjord"));
    }

    @Test
    void anOlderRollbackIndexThanOneAlreadyBootedIsRefused() throws Exception {
        flashAll(BUNDLES.make(SPEC.withRollbackIndex(5), files.resolve("new")));
        assertThat(handset.bootState()).isEqualTo(BootState.BOOTED);

        flashAll(BUNDLES.make(SPEC.withRollbackIndex(4), files.resolve("old")));

        assertThat(handset.bootError()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("rollback index 4 is older than the device's 5"));
    }

    private void flashAll(TestBundles.Bundle bundle, String... corrupted) throws IOException {
        BundleFlasher flasher = new BundleFlasher(handset, files);
        for (String partition : corrupted) {
            flasher.corrupting(partition);
        }
        flasher.flashAndReboot(bundle);
    }
}

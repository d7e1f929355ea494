package com.phonesmith.handset;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.handset.RawFastbootHost.Reply;
import com.phonesmith.handset.fixtures.TestBundles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A/B slots over fastboot: which copy a flash or erase writes, set_active, and which slot a boot runs. */
class SlotsTest {
    private static final String OTHER_FINGERPRINT =
            "phonesmith/nordvik-fjord/nordvik-fjord:1.0/order-43/1:user/release-keys";
    private static final byte[] BLOB = "ANDROID! a boot image".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dataDir;
    @TempDir
    Path work;
    Handset handset;

    @BeforeEach
    void startHandset() throws IOException {
        handset = HandsetFixture.start(dataDir);
    }

    @AfterEach
    void stopHandset() {
        handset.close();
    }

    @Test
    void aNewHandsetHasTwoSlotsOfWhichAIsCurrent() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.getvar("slot-count")).isEqualTo("2");
            assertThat(host.getvar("current-slot")).isEqualTo("a");
            for (String slotted : List.of("boot", "system", "vendor", "product", "vbmeta")) {
                assertThat(host.getvar("has-slot:" + slotted)).as(slotted).isEqualTo("yes");
            }
            assertThat(host.getvar("has-slot:userdata")).isEqualTo("no");
            assertThat(host.getvar("has-slot:system_a")).as("a name with its slot has no slots of its own")
                    .isEqualTo("no");
            assertThat(host.getvar("partition-size:system_a")).isEqualTo("0x40000000");
            assertThat(host.getvar("partition-size:system_b")).isEqualTo("0x40000000");
            assertThat(host.getvar("partition-size:vbmeta_b")).isEqualTo("0x10000");
            assertThat(host.getvar("partition-type:vendor_b")).isEqualTo("raw");
            assertThat(host.getvar("is-logical:product_a")).isEqualTo("no");
        }
        assertThat(handset.currentSlot()).isEqualTo(Slot.A);
    }

    @Test
    void aFlashWithoutASlotSuffixWritesTheCurrentSlotOnly() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            host.download(BLOB);
            host.send("flash:boot");

            assertThat(host.readReply()).isEqualTo(new Reply("INFO", "wrote boot_a, sha256 "
                    + FlashAndBootTest.sha256(BLOB)));
            assertThat(host.readReply().type()).isEqualTo("OKAY");
            assertThat(host.getvar("x-flashed-digest:boot_a")).isEqualTo(FlashAndBootTest.sha256(BLOB));
            assertThat(host.getvar("x-flashed-digest:boot")).isEqualTo(FlashAndBootTest.sha256(BLOB));
            assertThat(host.command("getvar:x-flashed-digest:boot_b"))
                    .isEqualTo(new Reply("FAIL", "nothing flashed to boot_b"));
        }
        assertThat(handset.flashedImage(Partition.BOOT, Slot.A)).hasValueSatisfying(
                image -> assertThat(image).hasBinaryContent(BLOB));
        assertThat(handset.flashedImage(Partition.BOOT, Slot.B)).isEmpty();
    }

    @Test
    void aFlashOfAPartitionWithItsSlotSuffixWritesThatSlotWhicheverIsCurrent() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            host.download(BLOB);
            host.send("flash:system_b");

            assertThat(host.readReply().message()).startsWith("wrote system_b, sha256 ");
            assertThat(host.readReply().type()).isEqualTo("OKAY");
            assertThat(host.getvar("current-slot")).isEqualTo("a");
        }
        assertThat(handset.flashedImage(Partition.SYSTEM, Slot.B)).hasValueSatisfying(
                image -> assertThat(image).hasBinaryContent(BLOB));
        assertThat(handset.flashedImage(Partition.SYSTEM, Slot.A)).isEmpty();
        assertThat(dataDir.resolve(handset.serial()).resolve("system_b.img")).hasBinaryContent(BLOB);
    }

    @Test
    void setActiveMakesTheSlotCurrentSoThatFlashesWithoutASuffixGoThere() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.command("set_active:b")).isEqualTo(new Reply("OKAY", ""));
            assertThat(host.getvar("current-slot")).isEqualTo("b");

            host.download(BLOB);
            assertThat(host.command("flash:vendor").type()).isEqualTo("OKAY");
            assertThat(host.getvar("x-flashed-digest:vendor")).isEqualTo(FlashAndBootTest.sha256(BLOB));
        }
        assertThat(handset.currentSlot()).isEqualTo(Slot.B);
        assertThat(handset.flashedImage(Partition.VENDOR, Slot.B)).isPresent();
        assertThat(handset.flashedImage(Partition.VENDOR, Slot.A)).isEmpty();
    }

    @Test
    void aPartitionWithoutSlotsIsWrittenTheSameWhicheverSlotIsCurrent() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            host.command("set_active:b");
            host.download(BLOB);

            assertThat(host.command("flash:userdata").type()).isEqualTo("OKAY");
        }
        assertThat(handset.flashedImage(Partition.USERDATA)).isPresent();
        assertThat(dataDir.resolve(handset.serial()).resolve("userdata.img")).hasBinaryContent(BLOB);
    }

    @Test
    void setActiveRefusesAnythingButTheLetterAOrB() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            for (String bad : List.of("c", "_b", "B", "ab")) {
                assertThat(host.command("set_active:" + bad)).as(bad)
                        .isEqualTo(new Reply("FAIL", "unknown slot " + bad + ": this handset has slots a and b"));
            }
            assertThat(host.command("set_active:"))
                    .isEqualTo(new Reply("FAIL", "unknown slot (none given): this handset has slots a and b"));
            assertThat(host.getvar("current-slot")).isEqualTo("a");
        }
    }

    @Test
    void anUnknownSlotSuffixOrASuffixOnAPartitionWithoutSlotsIsRefused() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            host.download(BLOB);

            assertThat(host.command("flash:system_c"))
                    .isEqualTo(new Reply("FAIL", "unknown partition system_c: system has slots a and b"));
            assertThat(host.command("flash:userdata_a"))
                    .isEqualTo(new Reply("FAIL", "unknown partition userdata_a: userdata has no slots"));
            assertThat(host.command("erase:vendor_"))
                    .isEqualTo(new Reply("FAIL", "unknown partition vendor_: vendor has slots a and b"));
            assertThat(host.command("getvar:partition-size:boot_z").type()).isEqualTo("FAIL");
            assertThat(host.command("getvar:has-slot:cache")).isEqualTo(new Reply("FAIL", "unknown partition cache"));
            assertThat(host.command("flash:system_a").type()).as("the download is still there").isEqualTo("OKAY");
        }
    }

    @Test
    void anEraseWithoutASlotSuffixErasesTheCurrentSlotOnly() throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            for (String partition : List.of("product_a", "product_b")) {
                host.download(BLOB);
                host.command("flash:" + partition);
            }
            host.command("set_active:b");

            assertThat(host.command("erase:product")).isEqualTo(new Reply("OKAY", ""));
        }
        assertThat(handset.flashedImage(Partition.PRODUCT, Slot.B)).isEmpty();
        assertThat(handset.flashedImage(Partition.PRODUCT, Slot.A)).isPresent();
    }

    @Test
    void aRebootBootsTheActiveSlotAndTheHandsetReportsThatSlotsBuild() throws IOException {
        TestBundles.Bundle first = HandsetFixture.bundle(work);
        TestBundles.Bundle second = HandsetFixture.BUNDLES.make(TestBundles.Spec.of("nordvik-fjord", OTHER_FINGERPRINT,
                List.of("vpn"), List.of("org.example.notes")), work);
        new BundleFlasher(handset, work).flash(first);
        new BundleFlasher(handset, work).toSlot(Slot.B).flash(second);

        reboot("b");
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.getvar("x-boot-state")).isEqualTo("booted");
            assertThat(host.getvar("x-build-fingerprint")).isEqualTo(OTHER_FINGERPRINT);
            assertThat(host.getvar("x-installed-apps")).isEqualTo("org.example.notes");
            assertThat(host.getvar("x-flashed-digest:system")).isEqualTo(second.partitionDigest("system"));
        }

        reboot("a");
        assertThat(handset.runningImage()).hasValueSatisfying(running -> {
            assertThat(running.fingerprint()).isEqualTo(HandsetFixture.FINGERPRINT);
            assertThat(running.apps()).containsExactly("org.example.maps", "org.example.chat");
        });
    }

    @Test
    void verifiedBootChecksTheActiveSlotWhateverTheOtherHolds() throws IOException {
        new BundleFlasher(handset, work).flash(HandsetFixture.bundle(work));

        reboot("b");

        assertThat(handset.bootState()).isEqualTo(BootState.FAILED);
        assertThat(handset.bootError()).contains("no boot descriptor on the vbmeta partition");
    }

    @Test
    void aSetActiveAfterABootChangesWhatTheNextBootRunsNotWhatRunsNow() throws IOException {
        new BundleFlasher(handset, work).flashAndReboot(HandsetFixture.bundle(work));

        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.command("set_active:b").type()).isEqualTo("OKAY");
            assertThat(host.getvar("x-boot-state")).isEqualTo("booted");
            assertThat(host.getvar("x-build-fingerprint")).isEqualTo(HandsetFixture.FINGERPRINT);
        }
    }

    @Test
    void theCurrentSlotAndEachSlotsImagesSurviveARestart() throws IOException {
        new BundleFlasher(handset, work).toSlot(Slot.B).flash(HandsetFixture.bundle(work));
        reboot("b");
        int port = handset.port();
        handset.close();

        handset = HandsetFixture.start(dataDir, port, Duration.ofSeconds(10));

        assertThat(handset.currentSlot()).isEqualTo(Slot.B);
        assertThat(handset.bootState()).isEqualTo(BootState.BOOTED);
        assertThat(handset.flashedImage(Partition.SYSTEM, Slot.A)).isEmpty();
    }

    @Test
    void imagesFlashedBeforeTheHandsetsHadSlotsBecomeSlotAsAndBootFromThere() throws IOException {
        new BundleFlasher(handset, work).flashAndReboot(HandsetFixture.bundle(work));
        int port = handset.port();
        handset.close();
        Path folder = dataDir.resolve("PS" + port);
        for (Partition partition : Partition.values()) {
            Path slotA = folder.resolve(partition.label() + "_a.img");
            if (Files.exists(slotA)) {
                Files.move(slotA, folder.resolve(partition.label() + ".img"));
            }
        }
        Files.deleteIfExists(folder.resolve("current-slot"));

        handset = HandsetFixture.start(dataDir, port, Duration.ofSeconds(10));

        assertThat(handset.currentSlot()).isEqualTo(Slot.A);
        assertThat(handset.bootState()).isEqualTo(BootState.BOOTED);
        assertThat(folder.resolve("system.img")).doesNotExist();
    }

    @Test
    void getvarAllListsTheSlotsAsABootloaderDoes() throws IOException {
        List<String> lines = new ArrayList<>();
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            host.command("set_active:b");
            host.send("getvar:all");
            Reply reply = host.readReply();
            while (reply.type().equals("INFO")) {
                lines.add(reply.message());
                reply = host.readReply();
            }
            assertThat(reply.type()).isEqualTo("OKAY");
        }

        assertThat(lines).contains("current-slot:b", "slot-count:2", "has-slot:system:yes", "has-slot:vbmeta:yes",
                "has-slot:userdata:no", "partition-size:system_a:0x40000000", "partition-size:system_b:0x40000000",
                "partition-size:userdata:0x100000000", "partition-type:boot_b:raw", "is-logical:vendor_a:no");
        assertThat(lines).noneMatch(line -> line.startsWith("partition-size:system:"))
                .noneMatch(line -> line.startsWith("has-slot:system_a"));
    }

    /** Makes the slot active and reboots into it. */
    private void reboot(String slot) throws IOException {
        try (RawFastbootHost host = RawFastbootHost.connect(handset)) {
            assertThat(host.command("set_active:" + slot)).isEqualTo(new Reply("OKAY", ""));
            assertThat(host.command("reboot").type()).isEqualTo("OKAY");
            assertThat(host.readByte()).as("connection after a reboot").isEqualTo(-1);
        }
    }
}

package com.phonesmith.handset;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.handset.RawFastbootHost.Reply;
import com.phonesmith.handset.fixtures.TestBundles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceVariablesTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    Handset handset;
    RawFastbootHost host;

    @BeforeEach
    void connect() throws IOException {
        handset = HandsetFixture.start(dataDir);
        host = RawFastbootHost.connect(handset);
    }

    @AfterEach
    void disconnect() throws IOException {
        host.close();
        handset.close();
    }

    @Test
    void theStandardVariablesDescribeAnUnlockedBootloaderWithTwoSlots() throws IOException {
        assertThat(host.getvar("version")).isEqualTo("0.4");
        assertThat(host.getvar("product")).isEqualTo("nordvik-fjord");
        assertThat(host.getvar("serialno")).isEqualTo("PS" + handset.port());
        assertThat(host.getvar("version-bootloader")).isEqualTo(DeviceVariables.BOOTLOADER_VERSION);
        assertThat(host.getvar("max-download-size")).isEqualTo("0x10000000");
        assertThat(host.getvar("is-userspace")).isEqualTo("no");
        assertThat(host.getvar("slot-count")).isEqualTo("2");
        assertThat(host.getvar("current-slot")).isEqualTo("a");
        assertThat(host.getvar("has-slot:system")).isEqualTo("yes");
        assertThat(host.getvar("has-slot:userdata")).isEqualTo("no");
        assertThat(host.getvar("is-logical:system")).isEqualTo("no");
        assertThat(host.getvar("partition-size:system")).isEqualTo("0x40000000");
        assertThat(host.getvar("partition-type:system")).isEqualTo("raw");
        assertThat(host.getvar("unlocked")).isEqualTo("yes");
        assertThat(host.getvar("secure")).isEqualTo("no");
    }

    @Test
    void thePhonesmithVariablesDescribeTheVariantAndIdentity() throws IOException {
        assertThat(host.getvar("x-imei")).isEqualTo(handset.imei()).satisfies(imei -> assertThat(Imei.isValid(imei)).isTrue());
        assertThat(host.getvar("x-colour")).isEqualTo("slate");
        assertThat(host.getvar("x-storage-gb")).isEqualTo("128");
        assertThat(host.getvar("x-boot-state")).isEqualTo("fastboot");
    }

    @Test
    void unknownVariablesAndPartitionsFail() throws IOException {
        assertThat(host.command("getvar:nonexistent")).isEqualTo(new Reply("FAIL", "unknown variable"));
        assertThat(host.command("getvar:partition-size:cache").type()).isEqualTo("FAIL");
    }

    @Test
    void whatTheHandsetRunsIsUnknownUntilItHasBootedAnImage() throws IOException {
        assertThat(host.command("getvar:x-installed-apps").type()).isEqualTo("FAIL");
        assertThat(host.command("getvar:x-build-fingerprint").type()).isEqualTo("FAIL");
        assertThat(host.command("getvar:x-flashed-digest:system").type()).isEqualTo("FAIL");
        assertThat(host.command("getvar:x-installed-package-count").type()).isEqualTo("FAIL");
        assertThat(host.command("getvar:x-boot-error")).isEqualTo(new Reply("FAIL", "the last boot was not refused"));
    }

    @Test
    void anEmptyHandsetThatIsRebootedSaysWhyItDidNotBoot() throws IOException {
        host.command("reboot");
        host.close();
        host = RawFastbootHost.connect(handset);

        assertThat(host.getvar("x-boot-state")).isEqualTo("failed");
        assertThat(host.getvar("x-boot-error")).isEqualTo("no boot descriptor on the vbmeta partition");
        assertThat(host.command("getvar:x-installed-apps").type()).isEqualTo("FAIL");
        assertThat(host.getvar("partition-size:vbmeta")).isEqualTo("0x10000");
    }

    @Test
    void aBootedHandsetListsItsInstalledPackagesOneByOne() throws IOException {
        bootBundle(HandsetFixture.SPEC);

        List<String> packages = new ArrayList<>();
        int count = Integer.parseInt(host.getvar("x-installed-package-count"));
        for (int i = 0; i < count; i++) {
            packages.add(host.getvar("x-installed-package:" + i));
        }

        assertThat(packages).containsExactlyElementsOf(HandsetFixture.SPEC.packages().stream().sorted().toList());
        assertThat(host.command("getvar:x-installed-package:" + count).type()).isEqualTo("FAIL");
    }

    @Test
    void getvarAllSendsOneInfoLinePerVariableThenOkay() throws IOException {
        host.send("getvar:all");
        List<String> lines = new ArrayList<>();
        Reply reply = host.readReply();
        while (reply.type().equals("INFO")) {
            lines.add(reply.message());
            reply = host.readReply();
        }

        assertThat(reply.type()).isEqualTo("OKAY");
        assertThat(lines).contains("version:0.4", "product:nordvik-fjord", "x-imei:" + handset.imei(),
                "partition-size:system_a:0x40000000", "x-boot-state:fastboot");
        assertThat(lines).noneMatch(line -> line.startsWith("x-installed-apps"));
    }

    @Test
    void aListTooLongForOneReplyFailsAndCanBeReadItemByItem() throws IOException {
        List<String> apps = IntStream.range(0, 30).mapToObj(i -> "org.example.application" + i).toList();
        bootBundle(TestBundles.Spec.of("nordvik-fjord", HandsetFixture.FINGERPRINT, List.of("vpn"), apps));

        Reply whole = host.command("getvar:x-installed-apps");
        assertThat(whole.type()).isEqualTo("FAIL");
        assertThat(whole.message()).contains("x-installed-app-count");
        assertThat(host.getvar("x-installed-app-count")).isEqualTo("30");
        assertThat(host.getvar("x-installed-app:29")).isEqualTo("org.example.application29");
        assertThat(host.getvar("x-installed-features")).isEqualTo("vpn");
    }

    /** Flashes a bundle made to the spec, reboots, and connects again. */
    private void bootBundle(TestBundles.Spec spec) throws IOException {
        host.close();
        new BundleFlasher(handset, files).flashAndReboot(HandsetFixture.BUNDLES.make(spec, files));
        host = RawFastbootHost.connect(handset);
    }
}

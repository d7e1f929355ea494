package com.phonesmith.images.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartitionBuilderTest {
    private static final String KEY = "a".repeat(64);

    @TempDir
    Path first;
    @TempDir
    Path second;

    private static List<TreeFile> files(String build) {
        byte[] blob = new byte[3 * 1024 * 1024 + 17];
        new java.util.Random(7).nextBytes(blob);
        return List.of(
                TreeFile.text("/etc/build.prop", "ro.build.fingerprint=" + build + "\n"),
                new TreeFile("/app/Maps/Maps.apk", 0644, blob.length, out -> out.write(blob)),
                new TreeFile("/bin/tool", 0755, 4, out -> out.write("#!x\n".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void thePartitionIsAnExt4ImageThatE2fsckFindsClean() throws Exception {
        RawPartition image = new PartitionBuilder(Ext4Maker.locate()).build("product", KEY, files("one"), first);

        assertThat(run("e2fsck", "-fn", image.file().toString())).isZero();
        assertThat(image.sha256()).isEqualTo(PartitionBuilder.sha256(image.file()));
        assertThat(image.sizeBytes() % Ext4Maker.BLOCK_BYTES).isZero();
    }

    @Test
    void theSameFilesGiveTheSameBytesWhereverTheyAreBuilt() throws Exception {
        PartitionBuilder builder = new PartitionBuilder(Ext4Maker.locate());
        RawPartition one = builder.build("product", KEY, files("one"), first);
        RawPartition two = builder.build("product", KEY, files("one"), second.resolve("deeper/work"));

        assertThat(two.sha256()).isEqualTo(one.sha256());
        assertThat(builder.build("product", KEY, files("two"), second).sha256()).isNotEqualTo(one.sha256());
    }

    @Test
    void everyInodeCarriesTheFixedTimeNotTheTimeItWasStaged() throws Exception {
        RawPartition image = new PartitionBuilder(Ext4Maker.locate()).build("product", KEY, files("one"), first);
        String fixed = "0x" + Long.toHexString(PartitionStager.FIXED_EPOCH_SECOND);

        for (String path : List.of("/", "/etc", "/etc/build.prop", "/app/Maps/Maps.apk", "/bin/tool")) {
            String stat = output("debugfs", "-R", "stat " + path, image.file().toString());
            assertThat(stat).as(path).contains("ctime: " + fixed).contains("mtime: " + fixed)
                    .contains("atime: " + fixed).contains("crtime: " + fixed);
        }
    }

    @Test
    void theScratchTreeIsRemovedAfterTheBuild() throws Exception {
        RawPartition image = new PartitionBuilder(Ext4Maker.locate()).build("vendor", KEY, files("one"), first);

        try (var left = Files.list(first)) {
            assertThat(left.toList()).containsExactly(image.file());
        }
    }

    @Test
    void aFileWhoseContentIsShorterThanItsSizeFailsTheBuild() {
        TreeFile liar = new TreeFile("/etc/short", 0644, 10, out -> out.write(1));

        assertThatThrownBy(() -> new PartitionBuilder(Ext4Maker.locate()).build("product", KEY, List.of(liar), first))
                .isInstanceOf(IOException.class).hasMessageContaining("/etc/short should have 10 bytes");
    }

    @Test
    void aMachineWithoutE2fsprogsIsToldWhatToInstall() {
        assertThatThrownBy(() -> Ext4Maker.locateIn(List.of("/nonexistent")))
                .isInstanceOf(Ext4Maker.Ext4ToolMissing.class)
                .hasMessageContaining("mke2fs was not found").hasMessageContaining("apt-get install e2fsprogs");
    }

    private static String output(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return text;
    }

    private static int run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}

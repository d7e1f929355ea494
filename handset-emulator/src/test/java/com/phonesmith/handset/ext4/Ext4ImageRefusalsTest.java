package com.phonesmith.handset.ext4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is not a readable ext4 image is refused with a message saying why, never misread. */
class Ext4ImageRefusalsTest {
    @TempDir
    static Path shared;
    static Path folder;
    static Path good;

    @TempDir
    Path work;

    @BeforeAll
    static void makeImage() throws IOException {
        folder = shared.resolve("partition");
        SampleTree.writeSmall(folder);
        good = Ext4Tools.makeImage(folder, shared.resolve("good.img"), "8M");
    }

    @Test
    void aFileThatIsNotExt4IsRefusedForItsMissingMagicNumber() throws IOException {
        Path notExt4 = Files.write(work.resolve("random.img"), SampleTree.random(1 << 20, 9));

        assertThatThrownBy(() -> Ext4Image.open(notExt4)).isInstanceOf(Ext4FormatException.class)
                .hasMessageContaining(notExt4.toString()).hasMessageContaining("not an ext4 image")
                .hasMessageContaining("0xEF53");
    }

    @Test
    void aFileTooShortForASuperblockIsRefused() throws IOException {
        Path tiny = Files.write(work.resolve("tiny.img"), new byte[100]);

        assertThatThrownBy(() -> Ext4Image.open(tiny)).isInstanceOf(Ext4FormatException.class)
                .hasMessageContaining("not an ext4 image").hasMessageContaining("too short");
    }

    @Test
    void anImageCutShortIsRefusedAsTruncated() throws IOException {
        Path cut = copyOfGood("cut.img");
        try (FileChannel channel = FileChannel.open(cut, StandardOpenOption.WRITE)) {
            channel.truncate(2 << 20);
        }

        assertThatThrownBy(() -> Ext4Image.open(cut)).isInstanceOf(Ext4FormatException.class)
                .hasMessageContaining("truncated").hasMessageContaining(String.valueOf(2 << 20));
    }

    @Test
    void anImageCutInsideItsSuperblockIsRefusedAsTruncated() throws IOException {
        Path cut = copyOfGood("cut.img");
        try (FileChannel channel = FileChannel.open(cut, StandardOpenOption.WRITE)) {
            channel.truncate(1500);
        }

        assertThatThrownBy(() -> Ext4Image.open(cut)).isInstanceOf(Ext4FormatException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void anImageUsingInlineDataIsRefusedNamingTheFeature() {
        Path inline = Ext4Tools.makeImage(folder, work.resolve("inline.img"), "8M", "-O", "inline_data");

        assertThatThrownBy(() -> Ext4Image.open(inline)).isInstanceOf(Ext4FormatException.class)
                .hasMessageContaining("inline_data").hasMessageContaining("does not support");
    }

    @Test
    void anImageWhoseJournalNeedsReplayingIsRefused() throws IOException {
        Path unclean = copyOfGood("unclean.img");
        Ext4Tools.debugfsWrite(unclean, "feature needs_recovery");

        assertThatThrownBy(() -> Ext4Image.open(unclean)).isInstanceOf(Ext4FormatException.class)
                .hasMessageContaining("journal recovery");
    }

    @Test
    void aDamagedSuperblockIsCaughtByItsChecksum() throws IOException {
        Path damaged = copyOfGood("damaged.img");
        try (FileChannel channel = FileChannel.open(damaged, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer inodesPerGroup = ByteBuffer.allocate(1);
            channel.read(inodesPerGroup, 1024 + 0x28);
            channel.write(ByteBuffer.wrap(new byte[] {(byte) (inodesPerGroup.get(0) ^ 0x40)}), 1024 + 0x28);
        }

        assertThatThrownBy(() -> Ext4Image.open(damaged)).isInstanceOf(Ext4FormatException.class)
                .hasMessageContaining("checksum").hasMessageContaining("damaged");
    }

    @Test
    void aDamagedExtentHeaderIsReportedRatherThanMisread() throws IOException {
        Path damaged = copyOfGood("damaged.img");
        String where = Ext4Tools.debugfs(damaged, "imap /etc/build.prop").text();
        Matcher location = Pattern.compile("located at block (\\d+), offset 0x([0-9a-f]+)").matcher(where);
        assertThat(location.find()).as(where).isTrue();
        long inodeAt = Long.parseLong(location.group(1)) * 1024 + Long.parseLong(location.group(2), 16);
        try (FileChannel channel = FileChannel.open(damaged, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] {0x0B, (byte) 0xAD}), inodeAt + 0x28);
        }

        try (Ext4Image ext4 = Ext4Image.open(damaged)) {
            assertThatThrownBy(() -> ext4.readFile("/etc/build.prop")).isInstanceOf(Ext4FormatException.class)
                    .hasMessageContaining("/etc/build.prop").hasMessageContaining("extent header")
                    .hasMessageContaining("damaged");
            assertThat(ext4.readFile("/etc/packages.list")).isPresent();
        }
    }

    @Test
    void aRelativePathIsRefused() throws IOException {
        try (Ext4Image ext4 = Ext4Image.open(good)) {
            assertThatThrownBy(() -> ext4.readFile("etc/build.prop")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("absolute");
        }
    }

    @Test
    void theOriginalImageStillReads() throws IOException {
        try (Ext4Image ext4 = Ext4Image.open(good)) {
            assertThat(ext4.readFile("/etc/build.prop")).hasValueSatisfying(
                    bytes -> assertThat(bytes).isEqualTo(SampleTree.utf8(SampleTree.BUILD_PROP)));
        }
    }

    private Path copyOfGood(String name) throws IOException {
        return Files.copy(good, work.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}

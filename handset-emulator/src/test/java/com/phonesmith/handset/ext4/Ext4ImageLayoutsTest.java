package com.phonesmith.handset.ext4;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images laid out other than by the defaults: small blocks, no extents, descriptors spread by meta_bg. */
class Ext4ImageLayoutsTest {
    private static final long TRIPLE_INDIRECT_START = (12 + 256 + 256 * 256) * 1024L;
    private static final int SPARSE_BYTES = 70 << 20;

    @TempDir
    Path work;

    @Test
    void anEightMebibyteImageGetsOneKibibyteBlocksAndReadsTheSame() throws IOException {
        Path folder = work.resolve("partition");
        SampleTree.writeSmall(folder);
        Path image = Ext4Tools.makeImage(folder, work.resolve("tiny.img"), "8M");

        try (Ext4Image ext4 = Ext4Image.open(image)) {
            assertThat(ext4.blockSize()).isEqualTo(1024);
            assertThat(ext4.readFile("/etc/build.prop")).hasValueSatisfying(
                    bytes -> assertThat(bytes).isEqualTo(Ext4Tools.debugfs(image, "cat /etc/build.prop").stdout())
                            .isEqualTo(SampleTree.utf8(SampleTree.BUILD_PROP)));
            assertThat(ext4.readFile("/etc/packages.list")).hasValueSatisfying(
                    bytes -> assertThat(bytes).isEqualTo(SampleTree.utf8(SampleTree.PACKAGES_LIST)));
            assertThat(ext4.readFile("/data/empty")).hasValueSatisfying(bytes -> assertThat(bytes).isEmpty());
            assertThat(ext4.list("/")).containsExactly("data", "etc", "lost+found");
        }
    }

    @Test
    void filesWithoutExtentsAreReadThroughDirectDoubleAndTripleIndirectBlocks() throws IOException {
        Path folder = work.resolve("partition");
        SampleTree.writeSmall(folder);
        Files.write(folder.resolve("data/blob.bin"), SampleTree.blob());
        byte[] head = SampleTree.random(5000, 1);
        byte[] middle = SampleTree.random(3000, 2);
        byte[] tail = SampleTree.random(2000, 3);
        Path sparse = folder.resolve("data/sparse.bin");
        try (FileChannel out = FileChannel.open(sparse, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(ByteBuffer.wrap(head), 0);
            out.write(ByteBuffer.wrap(middle), TRIPLE_INDIRECT_START + 4096);
            out.write(ByteBuffer.wrap(tail), SPARSE_BYTES - tail.length);
        }
        // 32-byte group descriptors too: without extents there can be no 64bit feature
        Path image = Ext4Tools.makeImage(folder, work.resolve("block-maps.img"), "32M",
                "-b", "1024", "-O", "^extent,^64bit");
        String blocks = Ext4Tools.debugfs(image, "stat /data/sparse.bin").text();
        assertThat(blocks).as("block map with a triple indirect block").contains("(TIND)").doesNotContain("EXTENTS");

        try (Ext4Image ext4 = Ext4Image.open(image, 80 << 20)) {
            assertThat(ext4.readFile("/data/blob.bin")).hasValueSatisfying(
                    bytes -> assertThat(bytes).isEqualTo(SampleTree.blob()));
            byte[] expected = new byte[SPARSE_BYTES];
            System.arraycopy(head, 0, expected, 0, head.length);
            System.arraycopy(middle, 0, expected, (int) TRIPLE_INDIRECT_START + 4096, middle.length);
            System.arraycopy(tail, 0, expected, SPARSE_BYTES - tail.length, tail.length);
            assertThat(ext4.readFile("/data/sparse.bin")).hasValueSatisfying(
                    bytes -> assertThat(bytes).isEqualTo(expected));
            assertThat(ext4.readFile("/etc/build.prop")).hasValueSatisfying(
                    bytes -> assertThat(bytes).isEqualTo(SampleTree.utf8(SampleTree.BUILD_PROP)));
        }
    }

    @Test
    void groupDescriptorsSpreadOverTheDiskByMetaBgAreFound() throws IOException {
        Path folder = work.resolve("partition");
        SampleTree.writeSmall(folder);
        Path many = Files.createDirectories(folder.resolve("many"));
        for (String name : SampleTree.manyNames()) {
            Files.writeString(many.resolve(name), SampleTree.contentOf(name));
        }
        // 1 KiB blocks hold 16 descriptors, so groups from 16 on are described far from the start
        Path image = Ext4Tools.makeImage(folder, work.resolve("meta-bg.img"), "200M",
                "-b", "1024", "-N", "600", "-O", "meta_bg,^resize_inode");
        assertThat(Ext4Tools.inodeNumber(image, "/many/entry-499.txt"))
                .as("the last file's inode lies in group 16 or later")
                .isGreaterThan(16 * Ext4Tools.inodesPerGroup(image));

        try (Ext4Image ext4 = Ext4Image.open(image)) {
            assertThat(ext4.list("/many")).containsExactlyElementsOf(SampleTree.manyNames());
            for (String name : SampleTree.manyNames()) {
                assertThat(ext4.readFile("/many/" + name)).as(name).hasValueSatisfying(
                        bytes -> assertThat(bytes).isEqualTo(SampleTree.utf8(SampleTree.contentOf(name))));
            }
        }
    }
}

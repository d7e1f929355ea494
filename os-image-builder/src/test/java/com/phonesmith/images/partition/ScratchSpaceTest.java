package com.phonesmith.images.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchSpaceTest {
    private static final String KEY = "b".repeat(64);

    @TempDir
    Path memory;
    @TempDir
    Path disk;

    private static List<TreeFile> files(long bytes) {
        return List.of(new TreeFile("/lib/big.so", 0644, bytes, out -> {
            throw new AssertionError("nothing is staged to choose a place");
        }));
    }

    @Test
    void aTreeIsMadeInMemoryWhenThereIsRoomForItTwiceOver() throws Exception {
        Path chosen = ScratchSpace.forPartition(files(1 << 20), memory, disk);

        assertThat(chosen.getParent()).isEqualTo(memory);
        assertThat(chosen).isDirectory();
    }

    @Test
    void aTreeTooLargeForTheMemoryOrWithoutAMemoryFolderIsMadeOnTheStoresDisk() throws Exception {
        long usable = Files.getFileStore(memory).getUsableSpace();

        assertThat(ScratchSpace.forPartition(files(usable), memory, disk)).isEqualTo(disk);
        assertThat(ScratchSpace.forPartition(files(1 << 20), memory.resolve("missing"), disk)).isEqualTo(disk);
    }

    @Test
    void anImageMadeInMemoryHasTheBytesOfOneMadeOnDisk() throws Exception {
        Assumptions.assumeTrue(ScratchSpace.roomIn(ScratchSpace.MEMORY, 64L << 20), "no room in /dev/shm");
        byte[] blob = new byte[1 << 20];
        new java.util.Random(11).nextBytes(blob);
        List<TreeFile> tree = List.of(TreeFile.text("/etc/build.prop", "ro.x=1\n"),
                new TreeFile("/lib/blob.so", 0644, blob.length, out -> out.write(blob)));
        PartitionBuilder builder = new PartitionBuilder(Ext4Maker.locate());
        Path inMemory = ScratchSpace.forPartition(tree, ScratchSpace.MEMORY, disk);

        RawPartition fromMemory = builder.build("vendor", KEY, tree, inMemory);
        RawPartition fromDisk = builder.build("vendor", KEY, tree, disk);
        try {
            assertThat(fromMemory.file()).startsWith(ScratchSpace.MEMORY);
            assertThat(fromMemory.sha256()).isEqualTo(fromDisk.sha256());
        } finally {
            Files.deleteIfExists(fromMemory.file());
        }
    }
}

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

    private static long needed(long fileBytes) {
        return fileBytes + Ext4Maker.sizeFor(fileBytes, 1);
    }

    @Test
    void aTreeIsMadeInThisProcesssOwnFolderInMemoryWhenThereIsRoom() throws Exception {
        try (ScratchSpace.Lease room = ScratchSpace.inMemory(memory).lease(files(1 << 20), disk)) {
            assertThat(room.folder().getParent()).isEqualTo(memory.resolve(ScratchSpace.FOLDER));
            assertThat(room.folder().getFileName().toString()).isEqualTo(ProcessFolder.current().name());
            assertThat(room.folder()).isDirectory();
        }
    }

    @Test
    void aTreeTooLargeForTheMemoryOrWithoutAMemoryFolderOrWithMemoryTurnedOffIsMadeOnTheStoresDisk()
            throws Exception {
        long usable = Files.getFileStore(memory).getUsableSpace();

        assertThat(ScratchSpace.inMemory(memory).lease(files(usable), disk).folder()).isEqualTo(disk);
        Path notAFolder = Files.writeString(memory.resolve("file"), "x");
        assertThat(ScratchSpace.inMemory(notAFolder).memoryFolder()).isEmpty();
        assertThat(ScratchSpace.inMemory(notAFolder).lease(files(1 << 20), disk).folder()).isEqualTo(disk);
        assertThat(ScratchSpace.onDisk().lease(files(1 << 20), disk).folder()).isEqualTo(disk);
    }

    @Test
    void aSecondBuildDoesNotCountOnTheRoomTheFirstReservedUntilTheFirstGivesItBack() throws Exception {
        ScratchSpace space = ScratchSpace.inMemory(memory);
        long usable = Files.getFileStore(memory).getUsableSpace();
        // a tree and its image take a little over a third of the free room: one fits with as much again to spare,
        // a second one beside it does not
        long fileBytes = usable / 6;
        long before = space.reservedBytes();

        ScratchSpace.Lease first = space.lease(files(fileBytes), disk);
        assertThat(first.folder()).isNotEqualTo(disk);
        assertThat(space.reservedBytes() - before).isEqualTo(needed(fileBytes));
        try (ScratchSpace.Lease second = space.lease(files(fileBytes), disk)) {
            assertThat(second.folder()).isEqualTo(disk);
        }
        assertThat(space.reservedBytes() - before).isEqualTo(needed(fileBytes));

        first.close();
        first.close();
        assertThat(space.reservedBytes()).isEqualTo(before);
        try (ScratchSpace.Lease third = space.lease(files(fileBytes), disk)) {
            assertThat(third.folder()).isNotEqualTo(disk);
        }
    }

    @Test
    void twoSpacesOnOneMemoryShareTheirReservations() throws Exception {
        ScratchSpace one = ScratchSpace.inMemory(memory);
        ScratchSpace other = ScratchSpace.inMemory(memory);
        long before = other.reservedBytes();

        try (ScratchSpace.Lease room = one.lease(files(1 << 20), disk)) {
            assertThat(other.reservedBytes() - before).isEqualTo(needed(1 << 20));
        }
    }

    @Test
    void anImageMadeInMemoryHasTheBytesOfOneMadeOnDisk() throws Exception {
        Assumptions.assumeTrue(ScratchSpace.roomIn(ScratchSpace.SHARED_MEMORY, 64L << 20), "no room in /dev/shm");
        byte[] blob = new byte[1 << 20];
        new java.util.Random(11).nextBytes(blob);
        List<TreeFile> tree = List.of(TreeFile.text("/etc/build.prop", "ro.x=1\n"),
                new TreeFile("/lib/blob.so", 0644, blob.length, out -> out.write(blob)));
        PartitionBuilder builder = new PartitionBuilder(Ext4Maker.locate());

        try (ScratchSpace.Lease inMemory = ScratchSpace.inMemory(ScratchSpace.SHARED_MEMORY).lease(tree, disk)) {
            RawPartition fromMemory = builder.build("vendor", KEY, tree, inMemory.folder());
            RawPartition fromDisk = builder.build("vendor", KEY, tree, disk);
            try {
                assertThat(fromMemory.file()).startsWith(ScratchSpace.SHARED_MEMORY);
                assertThat(fromMemory.sha256()).isEqualTo(fromDisk.sha256());
            } finally {
                Files.deleteIfExists(fromMemory.file());
            }
        }
    }
}

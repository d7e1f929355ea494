package com.phonesmith.images.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoverFoldersTest {
    @TempDir
    Path memory;

    private Path processFolder(ProcessFolder owner) throws Exception {
        Path folder = Files.createDirectories(memory.resolve(ScratchSpace.FOLDER).resolve(owner.name()));
        Path tree = Files.createDirectories(folder.resolve("system-tree-1/lib"));
        Files.write(tree.resolve("big.so"), new byte[4096]);
        Files.write(folder.resolve("system-0123456789abcdef-system-tree-1.img"), new byte[4096]);
        return folder;
    }

    private static ProcessFolder ended() throws Exception {
        Process process = new ProcessBuilder("true").start();
        ProcessFolder owner = ProcessFolder.of(process.toHandle());
        process.waitFor();
        return owner;
    }

    @Test
    void openingTheMemoryRemovesTheFoldersOfBuildersThatAreGoneWithEverythingInThem() throws Exception {
        Path crashed = processFolder(ended());
        Path reusedPid = processFolder(new ProcessFolder(ProcessHandle.current().pid(), 1));

        ScratchSpace.inMemory(memory);

        assertThat(crashed).doesNotExist();
        assertThat(reusedPid).doesNotExist();
    }

    @Test
    void theFoldersOfLiveBuildersAndOtherFilesAreLeftAlone() throws Exception {
        Path live = processFolder(ProcessFolder.of(ProcessHandle.current().parent().orElseThrow()));
        Path mine = processFolder(ProcessFolder.current());
        Path other = Files.createDirectories(memory.resolve(ScratchSpace.FOLDER).resolve("notes"));

        ScratchSpace.inMemory(memory);

        assertThat(live).isDirectory();
        assertThat(mine).isDirectory();
        assertThat(other).isDirectory();
    }

    @Test
    void aProcessFolderNamesItsOwner() {
        ProcessFolder owner = ProcessFolder.current();

        assertThat(ProcessFolder.parse(owner.name())).contains(owner);
        assertThat(owner.ownerAlive()).isTrue();
        assertThat(ProcessFolder.parse("notes")).isEmpty();
        assertThat(ProcessFolder.parse("12-x")).isEmpty();
    }
}

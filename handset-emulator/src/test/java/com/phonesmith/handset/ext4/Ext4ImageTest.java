package com.phonesmith.handset.ext4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading a handset partition image with 4 KiB blocks and one with 1 KiB blocks spread over many groups. */
class Ext4ImageTest {
    private static final Pattern EXTENT_LINE = Pattern.compile(
            "^\\s*(\\d+)/\\s*(\\d+)\\s+\\d+/\\s*\\d+\\s+\\d+\\s*-\\s*\\d+\\s+(\\d+)\\s*-\\s*(\\d+)\\s+\\d+\\s*(Uninit)?",
            Pattern.MULTILINE);
    private static final byte STALE = (byte) 0xA5;

    @TempDir
    static Path work;
    static Path large;
    static Path smallBlocks;

    @BeforeAll
    static void makeImages() {
        Path folder = work.resolve("partition");
        SampleTree.write(folder);
        large = Ext4Tools.makeImage(folder, work.resolve("large.img"), "600M");
        // 128 inodes a group, so the 500 files of /many lie in several block groups
        smallBlocks = Ext4Tools.makeImage(folder, work.resolve("small-blocks.img"), "64M", "-b", "1024", "-N", "1024");
        for (Path image : List.of(large, smallBlocks)) {
            preallocateOverStaleBytes(image);
            Ext4Tools.checkAndIndexDirectories(image);
        }
    }

    /** Gives the all-hole file unwritten extents whose blocks hold leftover bytes that must not be read. */
    private static void preallocateOverStaleBytes(Path image) {
        int blockSize = blockSizeOf(image);
        Ext4Tools.debugfsWrite(image, "fallocate /data/preallocated.bin 0 "
                + (SampleTree.PREALLOCATED_BYTES / blockSize - 1));
        Matcher extents = EXTENT_LINE.matcher(Ext4Tools.debugfs(image, "ex /data/preallocated.bin").text());
        int unwritten = 0;
        try (FileChannel channel = FileChannel.open(image, StandardOpenOption.WRITE)) {
            while (extents.find()) {
                if (extents.group(5) == null || !extents.group(1).equals(extents.group(2))) {
                    continue;
                }
                long first = Long.parseLong(extents.group(3));
                long last = Long.parseLong(extents.group(4));
                byte[] stale = new byte[(int) (last - first + 1) * blockSize];
                Arrays.fill(stale, STALE);
                channel.write(ByteBuffer.wrap(stale), first * blockSize);
                unwritten++;
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(unwritten).as("unwritten extents made in " + image).isPositive();
    }

    private static int blockSizeOf(Path image) {
        try (Ext4Image ext4 = Ext4Image.open(image)) {
            return ext4.blockSize();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Named<Path>> images() {
        return Stream.of(Named.of("600 MiB image with 4 KiB blocks", large),
                Named.of("64 MiB image with 1 KiB blocks", smallBlocks));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void theBlockSizeComesFromTheSuperblock(Path image) throws IOException {
        try (Ext4Image ext4 = Ext4Image.open(image)) {
            assertThat(ext4.blockSize()).isEqualTo(image == large ? 4096 : 1024);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void theBuildPropertiesAndThePackagesListReadAsWritten(Path image) throws IOException {
        try (Ext4Image ext4 = Ext4Image.open(image)) {
            assertThat(ext4.readFile("/etc/build.prop")).hasValueSatisfying(
                    bytes -> assertThat(bytes).isEqualTo(SampleTree.utf8(SampleTree.BUILD_PROP)));
            assertThat(ext4.readFile("/etc/packages.list")).hasValueSatisfying(
                    bytes -> assertThat(bytes).isEqualTo(SampleTree.utf8(SampleTree.PACKAGES_LIST)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void theBuildPropertiesReadExactlyAsDebugfsPrintsThem(Path image) throws IOException {
        Ext4Tools.Result reference = Ext4Tools.debugfs(image, "cat /etc/build.prop");
        assertThat(reference.exitCode()).isZero();

        try (Ext4Image ext4 = Ext4Image.open(image)) {
            assertThat(ext4.readFile("/etc/build.prop")).hasValueSatisfying(
                    bytes -> assertThat(bytes).isEqualTo(reference.stdout()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void aThreeMebibyteFileReadsByteForByte(Path image) throws IOException {
        try (Ext4Image ext4 = Ext4Image.open(image)) {
            assertThat(ext4.readFile("/data/blob.bin")).hasValueSatisfying(
                    bytes -> assertThat(bytes).isEqualTo(SampleTree.blob()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void aFileFullOfHolesReadsWithZerosInTheHolesThroughAnExtentTreeWithIndexNodes(Path image)
            throws IOException {
        String extents = Ext4Tools.debugfs(image, "ex /data/striped.bin").text();
        assertThat(extents).as("the extent tree is deeper than its root").containsPattern("(?m)^\\s*1/\\s*[12]");

        try (Ext4Image ext4 = Ext4Image.open(image)) {
            assertThat(ext4.readFile("/data/striped.bin")).hasValueSatisfying(
                    bytes -> assertThat(bytes).isEqualTo(SampleTree.striped()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void unwrittenPreallocatedBlocksReadAsZerosWhateverTheyHold(Path image) throws IOException {
        try (Ext4Image ext4 = Ext4Image.open(image)) {
            assertThat(ext4.readFile("/data/preallocated.bin")).hasValueSatisfying(
                    bytes -> assertThat(bytes).isEqualTo(new byte[SampleTree.PREALLOCATED_BYTES]));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void anEmptyFileReadsAsZeroBytes(Path image) throws IOException {
        try (Ext4Image ext4 = Ext4Image.open(image)) {
            assertThat(ext4.readFile("/data/empty")).hasValueSatisfying(bytes -> assertThat(bytes).isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void aFileFiveFoldersDownIsFoundAndEveryFolderOnTheWayListsTheNext(Path image) throws IOException {
        try (Ext4Image ext4 = Ext4Image.open(image)) {
            assertThat(ext4.readFile("/a/b/c/d/e/deep.txt")).hasValueSatisfying(
                    bytes -> assertThat(bytes).isEqualTo(SampleTree.utf8(SampleTree.DEEP_TEXT)));
            assertThat(ext4.readFile("//a/./b/c/d/../d/e//deep.txt")).isPresent();
            assertThat(ext4.list("/a/b/c")).containsExactly("d");
            assertThat(ext4.list("/a/b/c/d/e/")).containsExactly("deep.txt");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void theRootListsItsFoldersSortedWithoutDotEntries(Path image) throws IOException {
        try (Ext4Image ext4 = Ext4Image.open(image)) {
            assertThat(ext4.list("/")).containsExactly(
                    "a", "data", "etc", "etc-link", "lost+found", "many", "unicode");
            assertThat(ext4.list("/etc")).containsExactly("build.prop", "long-link", "packages.list", "prop-link");
            assertThat(ext4.list("/lost+found")).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void everyNameOfAHashedFiveHundredEntryFolderIsListedAndEveryFileReads(Path image) throws IOException {
        assertThat(Ext4Tools.debugfs(image, "htree /many").text()).as("/many is a hashed directory")
                .contains("Root node dump");
        if (image == smallBlocks) {
            assertThat(Ext4Tools.inodeNumber(image, "/many/entry-499.txt"))
                    .as("the last file's inode lies past the first block groups")
                    .isGreaterThan(3 * Ext4Tools.inodesPerGroup(image));
        }

        try (Ext4Image ext4 = Ext4Image.open(image)) {
            assertThat(ext4.list("/many")).containsExactlyElementsOf(SampleTree.manyNames());
            for (String name : SampleTree.manyNames()) {
                assertThat(ext4.readFile("/many/" + name)).as(name).hasValueSatisfying(
                        bytes -> assertThat(bytes).isEqualTo(SampleTree.utf8(SampleTree.contentOf(name))));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void aNameOutsideAsciiIsListedAndFound(Path image) throws IOException {
        try (Ext4Image ext4 = Ext4Image.open(image)) {
            assertThat(ext4.list("/unicode")).containsExactly(SampleTree.UNICODE_NAME);
            assertThat(ext4.readFile("/unicode/" + SampleTree.UNICODE_NAME)).hasValueSatisfying(
                    bytes -> assertThat(bytes).isEqualTo(SampleTree.utf8("grüße\n")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void aMissingPathReadsAsEmpty(Path image) throws IOException {
        try (Ext4Image ext4 = Ext4Image.open(image)) {
            assertThat(ext4.readFile("/etc/missing.prop")).isEmpty();
            assertThat(ext4.readFile("/no/such/folder/build.prop")).isEmpty();
            assertThat(ext4.readFile("/etc/build.prop/inside-a-file")).isEmpty();
            assertThat(ext4.readFile("/many/entry-500.txt")).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void listingSomethingOtherThanAFolderFailsSayingWhy(Path image) throws IOException {
        try (Ext4Image ext4 = Ext4Image.open(image)) {
            assertThatThrownBy(() -> ext4.list("/no/such/folder")).isInstanceOf(NoSuchFileException.class)
                    .hasMessageContaining("/no/such/folder");
            assertThatThrownBy(() -> ext4.list("/etc/build.prop")).isInstanceOf(NotDirectoryException.class)
                    .hasMessageContaining("/etc/build.prop");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void readingAFolderAsAFileFailsSayingWhy(Path image) throws IOException {
        try (Ext4Image ext4 = Ext4Image.open(image)) {
            assertThatThrownBy(() -> ext4.readFile("/etc")).isInstanceOf(FileSystemException.class)
                    .hasMessageContaining("/etc").hasMessageContaining("is a directory");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void symbolicLinksAreReportedWithTheirTargetsAndNotFollowed(Path image) throws IOException {
        try (Ext4Image ext4 = Ext4Image.open(image)) {
            assertThatThrownBy(() -> ext4.readFile("/etc/prop-link")).isInstanceOf(FileSystemException.class)
                    .hasMessageContaining("symbolic link to 'build.prop'");
            assertThatThrownBy(() -> ext4.readFile("/etc/long-link")).isInstanceOf(FileSystemException.class)
                    .hasMessageContaining("symbolic link to '" + SampleTree.LONG_LINK_TARGET + "'");
            assertThatThrownBy(() -> ext4.readFile("/etc-link/build.prop")).isInstanceOf(FileSystemException.class)
                    .hasMessageContaining("/etc-link").hasMessageContaining("symbolic link to 'etc'");
            assertThatThrownBy(() -> ext4.list("/etc-link")).isInstanceOf(FileSystemException.class)
                    .hasMessageContaining("symbolic link to 'etc'");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void aFileOverTheCallersLimitIsRefusedNamingItsSizeAndTheLimit(Path image) throws IOException {
        try (Ext4Image ext4 = Ext4Image.open(image, 1 << 20)) {
            assertThatThrownBy(() -> ext4.readFile("/data/blob.bin"))
                    .isInstanceOfSatisfying(Ext4FileTooLargeException.class, e -> {
                        assertThat(e.path()).isEqualTo("/data/blob.bin");
                        assertThat(e.size()).isEqualTo(SampleTree.BLOB_BYTES);
                        assertThat(e.limit()).isEqualTo(1 << 20);
                    })
                    .hasMessage("/data/blob.bin is 3145728 bytes, over the limit of 1048576 bytes");
            assertThat(ext4.readFile("/etc/build.prop")).isPresent();
        }
    }
}

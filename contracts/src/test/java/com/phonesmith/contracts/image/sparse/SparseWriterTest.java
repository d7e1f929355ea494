package com.phonesmith.contracts.image.sparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.phonesmith.contracts.image.sparse.SparseChunk.Type;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparseWriterTest {
    private static final int BLOCK = Images.BLOCK;

    @TempDir
    Path dir;

    @Test
    void randomDataComesBackByteForByteThroughSimg2img() throws Exception {
        byte[] raw = Images.of(64 * BLOCK, 1).random(64).build();

        assertThat(roundTripThroughSimg2img(raw)).isEqualTo(raw);
    }

    @Test
    void zeroRunsAndRepeatedPatternsBecomeFillChunksAndComeBackThroughSimg2img() throws Exception {
        byte[] raw = Images.of(40 * BLOCK, 2).zeros(5).random(3).pattern(4, 0xDEADBEEF).pattern(2, 0xDEADBEEF)
                .pattern(1, 0x01020304).random(1).zeros(10).pattern(3, -1).random(2).zeros(1).build();

        SparseFile sparse = new SparseWriter().scan(Files.write(dir.resolve("mixed.img"), raw));

        assertThat(sparse.chunks()).extracting(SparseChunk::type, SparseChunk::blocks, SparseChunk::fillValue)
                .containsExactly(
                        tuple(Type.FILL, 5L, 0),
                        tuple(Type.RAW, 3L, 0),
                        tuple(Type.FILL, 6L, 0xDEADBEEF),
                        tuple(Type.FILL, 1L, 0x01020304),
                        tuple(Type.RAW, 1L, 0),
                        tuple(Type.FILL, 10L, 0),
                        tuple(Type.FILL, 3L, -1),
                        tuple(Type.RAW, 2L, 0),
                        tuple(Type.FILL, 1L, 0));
        assertThat(sparse.sizeBytes()).isEqualTo(28 + 9 * 12 + 6 * 4 + 6L * BLOCK);
        assertThat(roundTripThroughSimg2img(raw)).isEqualTo(raw);
    }

    @Test
    void aBlockThatRepeatsOnlyA64BitValueIsWrittenAsData() throws Exception {
        ByteBuffer block = ByteBuffer.allocate(BLOCK).order(ByteOrder.LITTLE_ENDIAN);
        while (block.hasRemaining()) {
            block.putInt(1).putInt(2);
        }

        SparseFile sparse = new SparseWriter().scan(Files.write(dir.resolve("period8.img"), block.array()));

        assertThat(sparse.chunks()).extracting(SparseChunk::type).containsExactly(Type.RAW);
    }

    @Test
    void noDontCareChunkIsWrittenEvenForAnImageOfZeros() throws Exception {
        Path raw = Files.write(dir.resolve("zeros.img"), new byte[100 * BLOCK]);

        SparseFile sparse = new SparseWriter().scan(raw);

        assertThat(sparse.chunks()).containsExactly(SparseChunk.fill(0, 100, 0));
    }

    @Test
    void anImageWhoseLengthIsNotAMultipleOfTheBlockSizeIsPaddedWithZeros() throws Exception {
        byte[] raw = Images.of(4 * BLOCK, 3).zeros(1).random(2).randomBytes(1000).build();

        byte[] expanded = roundTripThroughSimg2img(raw);

        assertThat(expanded).hasSize(4 * BLOCK);
        assertThat(Arrays.copyOf(expanded, raw.length)).isEqualTo(raw);
        assertThat(Arrays.copyOfRange(expanded, raw.length, expanded.length)).containsOnly(0);
    }

    @Test
    void aShortTailOfZerosIsPaddedToo() throws Exception {
        byte[] raw = Images.of(2 * BLOCK, 4).random(1).build();
        raw = Arrays.copyOf(raw, BLOCK + 10);

        assertThat(roundTripThroughSimg2img(raw)).isEqualTo(Arrays.copyOf(raw, 2 * BLOCK));
    }

    @Test
    void aMultiMebibyteImageComesBackThroughSimg2img() throws Exception {
        byte[] raw = Images.mixed(24, 5);

        assertThat(roundTripThroughSimg2img(raw)).isEqualTo(raw);
    }

    @Test
    void theHeaderIsVersionOneWithNoChecksum() throws Exception {
        Path raw = Images.of(3 * BLOCK, 6).random(2).zeros(1).writeTo(dir.resolve("raw.img"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = new SparseWriter().write(raw, out);

        ByteBuffer header = ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(written).isEqualTo(out.size());
        assertThat(header.getInt()).isEqualTo(0xED26FF3A);
        assertThat(header.getShort()).isEqualTo((short) 1);
        assertThat(header.getShort()).isEqualTo((short) 0);
        assertThat(header.getShort()).isEqualTo((short) 28);
        assertThat(header.getShort()).isEqualTo((short) 12);
        assertThat(header.getInt()).isEqualTo(BLOCK);
        assertThat(header.getInt()).as("total blocks").isEqualTo(3);
        assertThat(header.getInt()).as("total chunks").isEqualTo(2);
        assertThat(header.getInt()).as("image checksum").isZero();
        assertThat(header.getShort()).isEqualTo((short) 0xCAC1);
    }

    @Test
    void theSameImageAlwaysGivesTheSameBytes() throws Exception {
        Path raw = Files.write(dir.resolve("raw.img"), Images.mixed(4, 7));
        Path first = dir.resolve("first.simg");
        Path second = dir.resolve("second.simg");

        new SparseWriter().write(raw, first);
        new SparseWriter().write(raw, second);

        assertThat(Files.mismatch(first, second)).isEqualTo(-1);
    }

    /** No run here reaches 64 MiB, where current libsparse cuts chunks and older releases (Debian's) do not. */
    @Test
    void ourSparseImageIsByteForByteWhatImg2simgWrites() throws Exception {
        byte[] mixed = Images.mixed(6, 8);
        Path raw = Files.write(dir.resolve("raw.img"), Arrays.copyOf(mixed, mixed.length - 1234));
        Path ours = dir.resolve("ours.simg");
        Path theirs = dir.resolve("theirs.simg");

        new SparseWriter().write(raw, ours);
        HostTools.img2simg(raw, theirs);

        assertThat(Files.mismatch(ours, theirs)).isEqualTo(-1);
    }

    @Test
    void runsLongerThanTheChunkLimitBecomeSeveralChunks() throws Exception {
        byte[] raw = Images.of(20 * BLOCK, 9).random(9).zeros(7).random(4).build();
        Path file = Files.write(dir.resolve("raw.img"), raw);

        SparseFile sparse = new SparseWriter(BLOCK, 4 * BLOCK + 100).scan(file);

        assertThat(sparse.chunks()).extracting(SparseChunk::type, SparseChunk::blocks).containsExactly(
                tuple(Type.RAW, 4L), tuple(Type.RAW, 4L),
                tuple(Type.RAW, 1L), tuple(Type.FILL, 4L),
                tuple(Type.FILL, 3L), tuple(Type.RAW, 4L));
        Path sparseFile = dir.resolve("raw.simg");
        sparse.writeTo(sparseFile);
        Path expanded = dir.resolve("expanded.img");
        HostTools.simg2img(sparseFile, expanded);
        assertThat(expanded).hasBinaryContent(raw);
    }

    @Test
    void theCrcKnownFromTheScanIsTheCrcOfTheBytesWritten() throws Exception {
        byte[] mixed = Images.of(40 * BLOCK, 3).zeros(5).random(3).pattern(4, 0xDEADBEEF).random(1).zeros(10)
                .pattern(3, -1).random(12).zeros(2).build();
        byte[] partial = Arrays.copyOf(Images.of(8 * BLOCK, 4).random(6).zeros(2).build(), 7 * BLOCK + 123);
        for (byte[] raw : List.of(mixed, partial, new byte[0], new byte[3 * BLOCK])) {
            for (SparseWriter writer : List.of(new SparseWriter(), new SparseWriter(BLOCK, 2 * BLOCK))) {
                SparseFile sparse = writer.scan(Files.write(dir.resolve("crc.img"), raw));
                ByteArrayOutputStream written = new ByteArrayOutputStream();
                sparse.writeTo(written);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(written.toByteArray());

                assertThat(sparse.crc32()).as("%d bytes, chunks of at most %d", raw.length, writer.maxChunkBytes())
                        .isEqualTo(crc.getValue());
            }
        }
    }

    @Test
    void byDefaultAChunkCoversAtMost64MiBAsInLibsparse() {
        assertThat(new SparseWriter().maxChunkBytes()).isEqualTo(64L << 20);
    }

    @Test
    void anEmptyImageHasNoChunks() throws Exception {
        Path raw = Files.write(dir.resolve("empty.img"), new byte[0]);

        SparseFile sparse = new SparseWriter().scan(raw);

        assertThat(sparse.totalBlocks()).isZero();
        assertThat(sparse.chunks()).isEmpty();
        assertThat(sparse.sizeBytes()).isEqualTo(28);
    }

    @Test
    void aBlockSizeThatIsNotAMultipleOfFourIsRefused() {
        assertThatThrownBy(() -> new SparseWriter(4098, 1 << 20)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("multiple of 4");
    }

    private byte[] roundTripThroughSimg2img(byte[] raw) throws Exception {
        Path rawFile = Files.write(dir.resolve("in.img"), raw);
        Path sparse = dir.resolve("in.simg");
        Path expanded = dir.resolve("out.img");
        new SparseWriter().write(rawFile, sparse);
        HostTools.simg2img(List.of(sparse), expanded);
        return Files.readAllBytes(expanded);
    }
}

package com.phonesmith.contracts.image.sparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparseReaderTest {
    private static final int BLOCK = Images.BLOCK;

    @TempDir
    Path dir;

    @Test
    void whatImg2simgWritesIsExpandedToTheRawImage() throws Exception {
        Path raw = Files.write(dir.resolve("raw.img"), Images.mixed(5, 21));
        Path sparse = dir.resolve("raw.simg");
        HostTools.img2simg(raw, sparse);
        Path expanded = dir.resolve("expanded.img");

        long bytes = SparseReader.expand(sparse, expanded);

        assertThat(bytes).isEqualTo(Files.size(raw));
        assertThat(Files.mismatch(expanded, raw)).isEqualTo(-1);
    }

    @Test
    void piecesExpandedInOrderGiveWhatSimg2imgGives() throws Exception {
        Path raw = Files.write(dir.resolve("raw.img"), Images.mixed(5, 22));
        List<Path> pieces = SparseSplitter.writePieces(
                SparseSplitter.split(new SparseWriter().scan(raw), 300 * 1024), dir.resolve("pieces"), "p");
        Path ours = dir.resolve("ours.img");
        Path theirs = dir.resolve("theirs.img");

        SparseReader.expand(pieces, ours);
        HostTools.simg2img(pieces, theirs);

        assertThat(Files.mismatch(ours, raw)).isEqualTo(-1);
        assertThat(Files.mismatch(ours, theirs)).isEqualTo(-1);
    }

    @Test
    void aFileIsRecognisedBySparseMagic() throws Exception {
        Path raw = Images.of(BLOCK, 23).random(1).writeTo(dir.resolve("raw.img"));
        Path sparse = dir.resolve("raw.simg");
        new SparseWriter().write(raw, sparse);

        assertThat(SparseReader.isSparse(sparse)).isTrue();
        assertThat(SparseReader.isSparse(raw)).isFalse();
    }

    @Test
    void aTruncatedSparseFileIsRefusedWithAClearMessage() throws Exception {
        Path raw = Images.of(8 * BLOCK, 24).random(3).zeros(2).random(3).writeTo(dir.resolve("raw.img"));
        byte[] sparse = sparseBytes(raw);
        Path truncated = Files.write(dir.resolve("truncated.simg"), Arrays.copyOf(sparse, sparse.length - 100));

        assertThatThrownBy(() -> SparseReader.expand(truncated, dir.resolve("out.img")))
                .isInstanceOf(SparseFormatException.class)
                .hasMessageContaining("truncated.simg is truncated")
                .hasMessageContaining("chunk 3 of 3");
        assertThatThrownBy(() -> SparseSplitter.split(truncated, 1 << 20))
                .isInstanceOf(SparseFormatException.class).hasMessageContaining("is truncated");
    }

    @Test
    void aFileCutInsideAChunkHeaderIsRefused() throws Exception {
        Path raw = Images.of(8 * BLOCK, 25).random(3).zeros(2).random(3).writeTo(dir.resolve("raw.img"));
        Path truncated = Files.write(dir.resolve("cut.simg"), Arrays.copyOf(sparseBytes(raw), 28 + 5));

        assertThatThrownBy(() -> SparseReader.open(truncated)).isInstanceOf(SparseFormatException.class)
                .hasMessageContaining("is truncated: it ends inside the header of chunk 1 of 3");
    }

    @Test
    void aFileWithoutTheMagicIsNotASparseImage() throws Exception {
        Path raw = Images.of(2 * BLOCK, 26).random(2).writeTo(dir.resolve("raw.img"));

        assertThatThrownBy(() -> SparseReader.open(raw)).isInstanceOf(SparseFormatException.class)
                .hasMessageContaining("is not a sparse image").hasMessageContaining("ed26ff3a");
        Path tiny = Files.write(dir.resolve("tiny"), new byte[10]);
        assertThatThrownBy(() -> SparseReader.open(tiny)).isInstanceOf(SparseFormatException.class)
                .hasMessageContaining("fewer than the 28 of a sparse file header");
    }

    @Test
    void aLaterMajorVersionIsRefused() throws Exception {
        byte[] sparse = sparseBytes(Images.of(BLOCK, 27).random(1).writeTo(dir.resolve("raw.img")));
        sparse[4] = 2;

        Path file = Files.write(dir.resolve("v2.simg"), sparse);

        assertThatThrownBy(() -> SparseReader.open(file)).isInstanceOf(SparseFormatException.class)
                .hasMessageContaining("major version 2");
    }

    @Test
    void chunksThatDoNotAddUpToTheHeadersBlockCountAreRefused() throws Exception {
        byte[] sparse = sparseBytes(Images.of(2 * BLOCK, 28).random(2).writeTo(dir.resolve("raw.img")));
        ByteBuffer.wrap(sparse).order(ByteOrder.LITTLE_ENDIAN).putInt(16, 3); // total_blks

        Path file = Files.write(dir.resolve("short.simg"), sparse);

        assertThatThrownBy(() -> SparseReader.open(file)).isInstanceOf(SparseFormatException.class)
                .hasMessageContaining("cover 2 blocks but its header says 3");
    }

    @Test
    void aChunkWhoseSizeDoesNotMatchItsTypeIsRefused() throws Exception {
        byte[] sparse = sparseBytes(Images.of(2 * BLOCK, 29).zeros(2).writeTo(dir.resolve("raw.img")));
        ByteBuffer.wrap(sparse).order(ByteOrder.LITTLE_ENDIAN).putInt(28 + 8, 20); // FILL total_sz

        Path file = Files.write(dir.resolve("odd.simg"), sparse);

        assertThatThrownBy(() -> SparseReader.open(file)).isInstanceOf(SparseFormatException.class)
                .hasMessageContaining("is corrupt: chunk 1 of 1").hasMessageContaining("must have 16");
    }

    @Test
    void aCrc32ChunkIsCheckedWhenExpanding() throws Exception {
        byte[] blocks = Images.of(2 * BLOCK, 30).random(1).pattern(1, 0x55AA55AA).build();
        byte[] sparse = sparseBytes(Files.write(dir.resolve("raw.img"), blocks));
        CRC32 crc = new CRC32();
        crc.update(blocks);
        Path good = Files.write(dir.resolve("good.simg"), withCrc32Chunk(sparse, (int) crc.getValue()));
        Path bad = Files.write(dir.resolve("bad.simg"), withCrc32Chunk(sparse, (int) crc.getValue() + 1));

        SparseReader.expand(good, dir.resolve("good.img"));
        assertThat(dir.resolve("good.img")).hasBinaryContent(blocks);
        assertThatThrownBy(() -> SparseReader.expand(bad, dir.resolve("bad.img")))
                .isInstanceOf(SparseFormatException.class).hasMessageContaining("bad.simg is corrupt: its CRC32");
    }

    @Test
    void piecesOfDifferentImagesAreRefused() throws Exception {
        Path one = dir.resolve("one.simg");
        Path two = dir.resolve("two.simg");
        new SparseWriter().write(Images.of(BLOCK, 31).random(1).writeTo(dir.resolve("one.img")), one);
        new SparseWriter().write(Images.of(2 * BLOCK, 32).random(2).writeTo(dir.resolve("two.img")), two);

        assertThatThrownBy(() -> SparseReader.expand(List.of(one, two), dir.resolve("out.img")))
                .isInstanceOf(SparseFormatException.class).hasMessageContaining("not pieces of one image");
    }

    private static byte[] sparseBytes(Path raw) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SparseWriter().write(raw, out);
        return out.toByteArray();
    }

    /** The sparse file with a CRC32 chunk appended, as libsparse writes one when asked. */
    private static byte[] withCrc32Chunk(byte[] sparse, int crc) {
        ByteBuffer result = ByteBuffer.allocate(sparse.length + 16).order(ByteOrder.LITTLE_ENDIAN);
        result.put(sparse).putShort((short) 0xCAC4).putShort((short) 0).putInt(0).putInt(16).putInt(crc);
        result.putInt(20, result.getInt(20) + 1); // total_chunks
        return result.array();
    }
}

package com.phonesmith.contracts.image.sparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phonesmith.contracts.image.sparse.SparseChunk.Type;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparseSplitterTest {
    private static final int BLOCK = Images.BLOCK;
    private static final long MIB = 1 << 20;

    @TempDir
    Path dir;

    @Test
    void piecesOfAMultiMebibyteImageFitTheLimitAndSimg2imgPutsThemBackTogether() throws Exception {
        byte[] raw = Images.mixed(24, 11);
        SparseFile image = new SparseWriter().scan(Files.write(dir.resolve("system.img"), raw));

        List<SparsePiece> pieces = SparseSplitter.split(image, MIB);
        List<Path> files = SparseSplitter.writePieces(pieces, dir.resolve("pieces"), "system");

        assertThat(pieces).hasSizeGreaterThan(5);
        for (int i = 0; i < pieces.size(); i++) {
            assertThat(pieces.get(i).sizeBytes()).as("size of %s", pieces.get(i)).isLessThanOrEqualTo(MIB);
            assertThat(Files.size(files.get(i))).isEqualTo(pieces.get(i).sizeBytes());
        }
        Path expanded = dir.resolve("expanded.img");
        HostTools.simg2img(files, expanded);
        assertThat(Files.mismatch(expanded, dir.resolve("system.img"))).isEqualTo(-1);
    }

    @Test
    void piecesAreFilledAlmostToTheLimit() throws Exception {
        byte[] raw = Images.of(1024 * BLOCK, 12).random(1024).build();
        SparseFile image = new SparseWriter().scan(Files.write(dir.resolve("random.img"), raw));

        List<SparsePiece> pieces = SparseSplitter.split(image, MIB);

        assertThat(pieces).hasSize(5);
        pieces.subList(0, 4).forEach(piece -> assertThat(piece.sizeBytes()).isGreaterThan(MIB - BLOCK));
    }

    @Test
    void everyPieceDescribesTheWholeImageAndWritesItsBlocksBetweenDontCareChunks() throws Exception {
        byte[] raw = Images.mixed(8, 13);
        SparseFile image = new SparseWriter().scan(Files.write(dir.resolve("system.img"), raw));

        List<SparsePiece> pieces = SparseSplitter.split(image, 512 * 1024);

        long nextBlock = 0;
        for (SparsePiece piece : pieces) {
            SparseFile file = piece.sparseFile();
            assertThat(file.totalBlocks()).isEqualTo(image.totalBlocks());
            assertThat(file.blockSize()).isEqualTo(BLOCK);
            assertThat(piece.firstBlock()).isEqualTo(nextBlock);
            List<SparseChunk> chunks = file.chunks();
            if (piece.firstBlock() > 0) {
                assertThat(chunks.get(0)).isEqualTo(SparseChunk.dontCare(0, piece.firstBlock()));
            }
            if (piece.endBlock() < image.totalBlocks()) {
                assertThat(chunks.get(chunks.size() - 1))
                        .isEqualTo(SparseChunk.dontCare(piece.endBlock(), image.totalBlocks() - piece.endBlock()));
            }
            assertThat(chunks.stream().filter(c -> c.type() == Type.DONT_CARE)).hasSizeLessThanOrEqualTo(2);
            nextBlock = piece.endBlock();
        }
        assertThat(nextBlock).isEqualTo(image.totalBlocks());
        assertThat(pieces).extracting(SparsePiece::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, pieces.size()).boxed().toList());
        assertThat(pieces).allSatisfy(piece -> assertThat(piece.count()).isEqualTo(pieces.size()));
    }

    @Test
    void aRawChunkTooLargeForTheRoomLeftIsCutAtABlockBoundary() throws Exception {
        byte[] raw = Images.of(10 * BLOCK, 14).zeros(2).random(8).build();
        SparseFile image = new SparseWriter().scan(Files.write(dir.resolve("raw.img"), raw));
        // header, FILL, then room for a RAW chunk of 3 blocks and the DONT_CARE after it
        long limit = 28 + 16 + 12 + 3 * BLOCK + 12 + 100;

        List<SparsePiece> pieces = SparseSplitter.split(image, limit);

        assertThat(pieces.get(0).sparseFile().chunks()).containsExactly(SparseChunk.fill(0, 2, 0),
                SparseChunk.raw(2, 3, 2L * BLOCK), SparseChunk.dontCare(5, 5));
        assertThat(pieces.get(1).sparseFile().chunks()).containsExactly(SparseChunk.dontCare(0, 5),
                SparseChunk.raw(5, 3, 5L * BLOCK), SparseChunk.dontCare(8, 2));
        assertThat(pieces.get(2).sparseFile().chunks()).containsExactly(SparseChunk.dontCare(0, 8),
                SparseChunk.raw(8, 2, 8L * BLOCK));
        assertThat(pieces).allSatisfy(piece -> assertThat(piece.sizeBytes()).isLessThanOrEqualTo(limit));
        assertThat(expand(pieces)).isEqualTo(raw);
    }

    @Test
    void theSmallestLimitCarriesOneBlockPerPiece() throws Exception {
        byte[] raw = Images.of(6 * BLOCK, 15).random(2).zeros(1).pattern(1, 7).randomBytes(BLOCK + 5).build();
        SparseFile image = new SparseWriter().scan(Files.write(dir.resolve("raw.img"), raw));
        long limit = SparseSplitter.minimumDownloadSize(BLOCK);

        List<SparsePiece> pieces = SparseSplitter.split(image, limit);

        assertThat(limit).isEqualTo(28 + 3 * 12 + BLOCK);
        assertThat(pieces).allSatisfy(piece -> assertThat(piece.sizeBytes()).isLessThanOrEqualTo(limit));
        byte[] expanded = expand(pieces);
        assertThat(java.util.Arrays.copyOf(expanded, raw.length)).isEqualTo(raw);
        assertThat(expanded).hasSize(6 * BLOCK);
    }

    @Test
    void aLimitTooSmallForOneBlockIsRefused() throws Exception {
        SparseFile image = new SparseWriter().scan(
                Images.of(4 * BLOCK, 16).random(4).writeTo(dir.resolve("raw.img")));

        assertThatThrownBy(() -> SparseSplitter.split(image, BLOCK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot carry one block")
                .hasMessageContaining("at least " + (BLOCK + 64));
    }

    @Test
    void anImageThatFitsIsOnePieceIdenticalToTheInput() throws Exception {
        Path raw = Images.of(50 * BLOCK, 17).random(10).zeros(40).writeTo(dir.resolve("raw.img"));
        SparseFile image = new SparseWriter().scan(raw);
        Path sparse = dir.resolve("raw.simg");
        image.writeTo(sparse);

        List<SparsePiece> fromChunks = SparseSplitter.split(image, image.sizeBytes());
        List<SparsePiece> fromFile = SparseSplitter.split(sparse, MIB);

        assertThat(fromChunks).hasSize(1);
        assertThat(bytesOf(fromChunks.get(0))).isEqualTo(Files.readAllBytes(sparse));
        assertThat(fromFile).hasSize(1);
        assertThat(fromFile.get(0).sizeBytes()).isEqualTo(Files.size(sparse));
        assertThat(bytesOf(fromFile.get(0))).isEqualTo(Files.readAllBytes(sparse));
    }

    @Test
    void aSparseFileFromImg2simgIsSplitToo() throws Exception {
        Path raw = Files.write(dir.resolve("raw.img"), Images.mixed(6, 18));
        Path sparse = dir.resolve("raw.simg");
        HostTools.img2simg(raw, sparse);

        List<SparsePiece> pieces = SparseSplitter.split(sparse, 700 * 1024);
        List<Path> files = SparseSplitter.writePieces(pieces, dir.resolve("pieces"), "vendor");

        assertThat(pieces).hasSizeGreaterThan(1)
                .allSatisfy(piece -> assertThat(piece.sizeBytes()).isLessThanOrEqualTo(700 * 1024));
        Path expanded = dir.resolve("expanded.img");
        HostTools.simg2img(files, expanded);
        assertThat(Files.mismatch(expanded, raw)).isEqualTo(-1);
    }

    @Test
    void dontCareChunksOfTheInputAreKeptAndTheirBlocksLeftAlone() throws Exception {
        Path raw = Images.of(16 * BLOCK, 20).random(16).writeTo(dir.resolve("raw.img"));
        SparseFile withGaps = new SparseFile(BLOCK, 30, List.of(SparseChunk.raw(0, 2, 0), SparseChunk.dontCare(2, 3),
                SparseChunk.fill(5, 2, 0x12345678), SparseChunk.raw(7, 6, 2L * BLOCK), SparseChunk.dontCare(13, 5),
                SparseChunk.raw(18, 8, 8L * BLOCK), SparseChunk.dontCare(26, 4)), raw, Files.size(raw), false);
        Path whole = dir.resolve("gaps.simg");
        withGaps.writeTo(whole);

        List<SparsePiece> pieces = SparseSplitter.split(whole, 3 * BLOCK);

        assertThat(pieces).allSatisfy(piece -> assertThat(piece.sizeBytes()).isLessThanOrEqualTo(3 * BLOCK));
        assertThat(pieces.get(pieces.size() - 1).sparseFile().chunks().get(0).type()).isEqualTo(Type.DONT_CARE);
        Path expected = dir.resolve("expected.img");
        HostTools.simg2img(whole, expected);
        assertThat(expand(pieces)).isEqualTo(Files.readAllBytes(expected));
    }

    @Test
    void piecesWrittenToAFolderAreNamedInFlashingOrder() throws Exception {
        SparseFile image = new SparseWriter().scan(
                Images.of(40 * BLOCK, 19).random(40).writeTo(dir.resolve("raw.img")));

        List<Path> files = SparseSplitter.writePieces(SparseSplitter.split(image, 4 * BLOCK), dir.resolve("out"),
                "boot");

        assertThat(files).hasSize(14);
        assertThat(files.get(0).getFileName()).hasToString("boot-01-of-14.simg");
        assertThat(files.get(13).getFileName()).hasToString("boot-14-of-14.simg");
    }

    private byte[] expand(List<SparsePiece> pieces) throws Exception {
        List<Path> files = SparseSplitter.writePieces(pieces, dir.resolve("expand"), "piece");
        Path expanded = dir.resolve("expanded.img");
        HostTools.simg2img(files, expanded);
        return Files.readAllBytes(expanded);
    }

    private static byte[] bytesOf(SparsePiece piece) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        piece.writeTo(out);
        assertThat((long) out.size()).isEqualTo(piece.sizeBytes());
        return out.toByteArray();
    }
}

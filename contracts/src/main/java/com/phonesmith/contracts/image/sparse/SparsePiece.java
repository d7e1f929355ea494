package com.phonesmith.contracts.image.sparse;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One piece of a split sparse image: a complete sparse file, at most the download size it was split for, that
 * describes the whole image but writes only some of its blocks (DONT_CARE for the others). A fastboot client sends
 * each piece with {@code download:%08x} ({@link #sizeBytes()}) and {@link #writeTo(OutputStream)}, then
 * {@code flash:<partition>}, in order.
 */
public final class SparsePiece {
    private final int number;
    private final int count;
    private final SparseFile file;
    private final Path verbatim;
    private final long sizeBytes;

    private SparsePiece(int number, int count, SparseFile file, Path verbatim, long sizeBytes) {
        this.number = number;
        this.count = count;
        this.file = file;
        this.verbatim = verbatim;
        this.sizeBytes = sizeBytes;
    }

    static SparsePiece of(int number, int count, SparseFile file) {
        return new SparsePiece(number, count, file, null, file.sizeBytes());
    }

    /** The whole sparse file, sent as it is. */
    static SparsePiece whole(SparseFile file, Path sparseFile) throws IOException {
        return new SparsePiece(1, 1, file, sparseFile, Files.size(sparseFile));
    }

    /** 1 for the first piece. */
    public int number() {
        return number;
    }

    /** How many pieces the image was split into. */
    public int count() {
        return count;
    }

    /** The exact number of bytes {@link #writeTo(OutputStream)} writes. */
    public long sizeBytes() {
        return sizeBytes;
    }

    /** The piece's chunks (DONT_CARE for the blocks other pieces write). */
    public SparseFile sparseFile() {
        return file;
    }

    /** The first block this piece writes. */
    public long firstBlock() {
        return file.chunks().stream().filter(c -> c.type() != SparseChunk.Type.DONT_CARE)
                .mapToLong(SparseChunk::firstBlock).findFirst().orElse(file.totalBlocks());
    }

    /** The block after the last one this piece writes. */
    public long endBlock() {
        return file.chunks().stream().filter(c -> c.type() != SparseChunk.Type.DONT_CARE)
                .mapToLong(SparseChunk::endBlock).max().orElse(firstBlock());
    }

    /** Streams the piece, reading the RAW bytes from the source file; does not close {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        if (verbatim != null) {
            long copied = Files.copy(verbatim, out);
            if (copied != sizeBytes) {
                throw new IOException(verbatim + " changed size from " + sizeBytes + " to " + copied
                        + " bytes while it was being split");
            }
        } else {
            file.writeTo(out);
        }
    }

    /** Writes the piece to {@code target}, replacing it. */
    public void writeTo(Path target) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            writeTo(out);
        }
    }

    @Override
    public String toString() {
        return "sparse piece " + number + "/" + count + " (" + sizeBytes + " bytes, blocks " + firstBlock() + " to "
                + endBlock() + " of " + file.totalBlocks() + ")";
    }
}

package com.phonesmith.contracts.image.sparse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sparse image into pieces that each fit a handset's download buffer, as libsparse's
 * {@code sparse_file_resparse} does for AOSP fastboot when an image is larger than {@code max-download-size}.
 *
 * <p>Every piece is a complete sparse file of the same block size and block count as the image, at most
 * {@code maxDownloadSize} bytes long. It carries some of the image's chunks, in order, and covers the blocks before
 * and after them with one DONT_CARE chunk each, so flashing the pieces one after another to one partition writes
 * the whole image. Chunks are taken greedily: a RAW chunk that does not fit in the room a piece has left is cut at
 * a block boundary, its first blocks ending this piece and the rest starting the next. CRC32 chunks of the input
 * are not carried over.
 */
public final class SparseSplitter {
    private SparseSplitter() {
    }

    /**
     * The smallest download size that can carry one block: the file header, a DONT_CARE chunk before and after,
     * and a RAW chunk of one block.
     */
    public static long minimumDownloadSize(int blockSize) {
        return SparseFormat.FILE_HEADER_BYTES + 3L * SparseFormat.CHUNK_HEADER_BYTES + blockSize;
    }

    /**
     * Splits a sparse file. If the whole file fits it is the only piece and is sent exactly as it is.
     *
     * @throws IllegalArgumentException if {@code maxDownloadSize} is below {@link #minimumDownloadSize(int)}
     * @throws SparseFormatException    if the file is not a valid sparse image
     */
    public static List<SparsePiece> split(Path sparseFile, long maxDownloadSize) throws IOException {
        SparseFile image = SparseReader.open(sparseFile);
        checkLimit(image, maxDownloadSize);
        if (Files.size(sparseFile) <= maxDownloadSize) {
            return List.of(SparsePiece.whole(image, sparseFile));
        }
        return split(image, maxDownloadSize);
    }

    /**
     * Splits a sparse image given as its chunks (from {@link SparseWriter#scan} or {@link SparseReader#open}). If
     * the whole image fits, it is the only piece.
     *
     * @throws IllegalArgumentException if {@code maxDownloadSize} is below {@link #minimumDownloadSize(int)}
     */
    public static List<SparsePiece> split(SparseFile image, long maxDownloadSize) {
        checkLimit(image, maxDownloadSize);
        if (image.sizeBytes() <= maxDownloadSize) {
            return List.of(SparsePiece.of(1, 1, image));
        }
        int blockSize = image.blockSize();
        List<SparseChunk> source = image.chunks();
        List<List<SparseChunk>> groups = new ArrayList<>();
        int next = 0;
        SparseChunk current = source.get(next++);
        while (current != null) {
            // room for the chunks: the file header, a DONT_CARE before them (unless at block 0) and one after
            long room = maxDownloadSize - SparseFormat.FILE_HEADER_BYTES - SparseFormat.CHUNK_HEADER_BYTES
                    - (current.firstBlock() > 0 ? SparseFormat.CHUNK_HEADER_BYTES : 0);
            List<SparseChunk> carried = new ArrayList<>();
            while (current != null) {
                long cost = current.encodedBytes(blockSize);
                if (cost <= room) {
                    carried.add(current);
                    room -= cost;
                    current = next < source.size() ? source.get(next++) : null;
                    continue;
                }
                if (current.type() == SparseChunk.Type.RAW) {
                    long fit = (room - SparseFormat.CHUNK_HEADER_BYTES) / blockSize;
                    if (fit >= 1) {
                        carried.add(current.head(fit));
                        current = current.tail(fit, blockSize);
                    }
                }
                break;
            }
            if (carried.isEmpty()) {
                throw new IllegalStateException("no room for " + current + " in a piece of " + maxDownloadSize
                        + " bytes");
            }
            if (carried.stream().anyMatch(c -> c.type() != SparseChunk.Type.DONT_CARE)) {
                groups.add(carried);
            }
        }
        if (groups.isEmpty()) {
            // an image of DONT_CARE chunks only: one DONT_CARE says the same
            groups.add(List.of(SparseChunk.dontCare(0, image.totalBlocks())));
        }
        List<SparsePiece> pieces = new ArrayList<>();
        for (List<SparseChunk> carried : groups) {
            SparseFile piece = image.withChunks(surround(carried, image.totalBlocks()));
            if (piece.sizeBytes() > maxDownloadSize) {
                throw new IllegalStateException(piece + " is larger than " + maxDownloadSize + " bytes");
            }
            pieces.add(SparsePiece.of(pieces.size() + 1, groups.size(), piece));
        }
        return List.copyOf(pieces);
    }

    /**
     * Writes the pieces to {@code folder} as {@code <baseName>-<number>-of-<count>.simg} (the number zero-padded,
     * so the names sort in flashing order) and returns the files in order.
     */
    public static List<Path> writePieces(List<SparsePiece> pieces, Path folder, String baseName) throws IOException {
        Files.createDirectories(folder);
        int width = Integer.toString(pieces.size()).length();
        List<Path> files = new ArrayList<>();
        for (SparsePiece piece : pieces) {
            Path file = folder.resolve(String.format("%s-%0" + width + "d-of-%d.simg", baseName, piece.number(),
                    piece.count()));
            piece.writeTo(file);
            files.add(file);
        }
        return List.copyOf(files);
    }

    private static void checkLimit(SparseFile image, long maxDownloadSize) {
        long minimum = minimumDownloadSize(image.blockSize());
        if (maxDownloadSize < minimum) {
            throw new IllegalArgumentException("a download size of " + maxDownloadSize
                    + " bytes cannot carry one block of a sparse image: with blocks of " + image.blockSize()
                    + " bytes it must be at least " + minimum + " (file header, chunk headers and one block)");
        }
    }

    /** The carried chunks with DONT_CARE before and after them, and adjacent DONT_CARE chunks merged. */
    private static List<SparseChunk> surround(List<SparseChunk> carried, long totalBlocks) {
        List<SparseChunk> all = new ArrayList<>();
        long start = carried.get(0).firstBlock();
        long end = carried.get(carried.size() - 1).endBlock();
        if (start > 0) {
            all.add(SparseChunk.dontCare(0, start));
        }
        all.addAll(carried);
        if (end < totalBlocks) {
            all.add(SparseChunk.dontCare(end, totalBlocks - end));
        }
        List<SparseChunk> merged = new ArrayList<>();
        for (SparseChunk chunk : all) {
            int last = merged.size() - 1;
            if (last >= 0 && chunk.type() == SparseChunk.Type.DONT_CARE
                    && merged.get(last).type() == SparseChunk.Type.DONT_CARE
                    && merged.get(last).blocks() + chunk.blocks() <= SparseFormat.MAX_U32) {
                SparseChunk previous = merged.get(last);
                merged.set(last, SparseChunk.dontCare(previous.firstBlock(), previous.blocks() + chunk.blocks()));
            } else {
                merged.add(chunk);
            }
        }
        return merged;
    }
}

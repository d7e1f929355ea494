package com.phonesmith.contracts.image.sparse;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Turns a raw partition image into an Android sparse image (format 1.0, see {@link SparseFormat}).
 *
 * <p>The image is cut into blocks of {@link #blockSize()} bytes. A block whose bytes are one 32-bit value repeated
 * (all zeros included) belongs to a FILL chunk; consecutive such blocks of the same value share one. Every other
 * block belongs to a RAW chunk with consecutive non-repeating blocks. No DONT_CARE chunk is ever written: a
 * handset keeps what its partition held under DONT_CARE, and the partition has to end up holding exactly the
 * image. As libsparse does, no chunk covers more than {@link #maxChunkBytes()} (64 MiB by default, libsparse's
 * {@code MAX_BACKED_BLOCK_SIZE}); longer runs become several chunks.
 *
 * <p><b>Images whose length is not a multiple of the block size</b> are padded with zeros up to the next block
 * boundary: the final partial block is written as a RAW block ending in zeros (again as libsparse's
 * {@code img2simg} does), so the expanded image is that many bytes longer than the raw file.
 *
 * <p>The raw image is read twice, a block at a time: once to find the chunks, once to copy the RAW chunks' bytes.
 * Only the chunk list is held in memory. The same raw image always gives the same bytes: those libsparse's
 * {@code img2simg} writes with the same block size (releases before the 64 MiB cut, such as Debian's 29.x, write
 * the same bytes as a writer without a chunk limit). The header's image_checksum is 0 and no CRC32 chunk is
 * written, as libsparse does unless asked.
 */
public final class SparseWriter {
    public static final int DEFAULT_BLOCK_SIZE = 4096;
    public static final long DEFAULT_MAX_CHUNK_BYTES = 64L << 20;
    /** Small enough that the blocks are still in the core's cache when they are compared (and hashed). */
    private static final int SCAN_BUFFER_BYTES = 256 << 10;

    private final int blockSize;
    private final long maxChunkBlocks;

    /** Blocks of 4096 bytes, chunks of at most 64 MiB. */
    public SparseWriter() {
        this(DEFAULT_BLOCK_SIZE, DEFAULT_MAX_CHUNK_BYTES);
    }

    /**
     * @param blockSize     bytes per block: a multiple of 4 from 1024 to 64 MiB (libsparse's own limits start at
     *                      1024)
     * @param maxChunkBytes the most bytes of the expanded image one chunk covers; rounded down to whole blocks,
     *                      at least one block; {@code Long.MAX_VALUE} for no limit but the format's own (a RAW
     *                      chunk's 32-bit total_sz)
     */
    public SparseWriter(int blockSize, long maxChunkBytes) {
        if (blockSize < 1024 || blockSize % 4 != 0 || blockSize > (64 << 20)) {
            throw new IllegalArgumentException("block size " + blockSize
                    + " is not a multiple of 4 between 1024 and 64 MiB");
        }
        if (maxChunkBytes < blockSize) {
            throw new IllegalArgumentException("a chunk of at most " + maxChunkBytes
                    + " bytes cannot hold one block of " + blockSize);
        }
        this.blockSize = blockSize;
        // RAW chunks also have to fit the format's 32-bit total_sz, header included
        long formatLimit = (SparseFormat.MAX_U32 - SparseFormat.CHUNK_HEADER_BYTES) / blockSize;
        this.maxChunkBlocks = Math.min(maxChunkBytes / blockSize, formatLimit);
    }

    public int blockSize() {
        return blockSize;
    }

    public long maxChunkBytes() {
        return maxChunkBlocks * blockSize;
    }

    /**
     * Reads the raw image once and returns its chunks, whose RAW bytes stay in {@code rawImage}: write the result
     * with {@link SparseFile#writeTo(OutputStream)} or split it with {@link SparseSplitter} without writing a
     * whole sparse file first. {@code rawImage} must not change until then.
     */
    public SparseFile scan(Path rawImage) throws IOException {
        return scan(rawImage, null);
    }

    /**
     * {@link #scan(Path)}, also feeding every byte of the raw image to {@code rawDigest} (when not null) on the way,
     * so that one read gives both the chunks and the raw image's digest.
     */
    public SparseFile scan(Path rawImage, java.security.MessageDigest rawDigest) throws IOException {
        try (FileChannel in = FileChannel.open(rawImage)) {
            long length = in.size();
            long totalBlocks = (length + blockSize - 1) / blockSize;
            if (totalBlocks > SparseFormat.MAX_U32) {
                throw new IllegalArgumentException(rawImage + " has " + totalBlocks
                        + " blocks; a sparse image holds at most " + SparseFormat.MAX_U32);
            }
            Runs runs = new Runs();
            int blocksPerRead = Math.max(1, SCAN_BUFFER_BYTES / blockSize);
            byte[] buffer = new byte[blocksPerRead * blockSize];
            ByteBuffer view = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
            long block = 0;
            while (block < totalBlocks) {
                long position = block * blockSize;
                int wanted = (int) Math.min(buffer.length, length - position);
                view.clear().limit(wanted);
                while (view.hasRemaining()) {
                    if (in.read(view, position + view.position()) < 0) {
                        throw new IOException(rawImage + " became shorter while it was being read");
                    }
                }
                if (rawDigest != null) {
                    rawDigest.update(buffer, 0, wanted);
                }
                for (int offset = 0; offset < wanted; offset += blockSize, block++) {
                    if (wanted - offset < blockSize) {
                        // the final partial block: padded with zeros, written as data
                        runs.raw(block, buffer, offset, wanted - offset);
                    } else if (repeatsOneValue(buffer, offset)) {
                        runs.fill(block, view.getInt(offset));
                    } else {
                        runs.raw(block, buffer, offset, blockSize);
                    }
                }
            }
            List<SparseChunk> chunks = runs.finish();
            return new SparseFile(blockSize, totalBlocks, chunks, rawImage, length, true, runs.dataCrcs());
        }
    }

    /** Writes the sparse image of {@code rawImage} to {@code out} (not closed) and returns how many bytes. */
    public long write(Path rawImage, OutputStream out) throws IOException {
        SparseFile sparse = scan(rawImage);
        sparse.writeTo(out);
        return sparse.sizeBytes();
    }

    /** Writes the sparse image of {@code rawImage} to {@code sparseImage} and returns how many bytes. */
    public long write(Path rawImage, Path sparseImage) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(sparseImage), 1 << 16)) {
            return write(rawImage, out);
        }
    }

    /** True when every 4 bytes of the block equal the first 4: the block shifted by 4 bytes equals itself. */
    private boolean repeatsOneValue(byte[] buffer, int offset) {
        return Arrays.mismatch(buffer, offset, offset + blockSize - 4, buffer, offset + 4, offset + blockSize) < 0;
    }

    /**
     * Groups blocks into chunks as they are classified, in order, and keeps the CRC-32 of each RAW chunk's data as
     * its blocks go by, so the sparse image's CRC-32 needs no second reading of the raw image.
     */
    private final class Runs {
        private final List<SparseChunk> chunks = new ArrayList<>();
        private final List<Long> dataCrcs = new ArrayList<>();
        private final CRC32 rawCrc = new CRC32();
        private SparseChunk.Type type;
        private int fillValue;
        private long first;
        private long count;

        /** A block of data: length bytes of the buffer, then zeros up to the block size. */
        void raw(long block, byte[] buffer, int offset, int length) {
            add(SparseChunk.Type.RAW, 0, block);
            rawCrc.update(buffer, offset, length);
            if (length < blockSize) {
                rawCrc.update(new byte[blockSize - length]);
            }
        }

        void fill(long block, int value) {
            add(SparseChunk.Type.FILL, value, block);
        }

        private void add(SparseChunk.Type blockType, int value, long block) {
            boolean continues = count > 0 && type == blockType && count < maxChunkBlocks
                    && (blockType != SparseChunk.Type.FILL || fillValue == value);
            if (continues) {
                count++;
                return;
            }
            flush();
            type = blockType;
            fillValue = value;
            first = block;
            count = 1;
        }

        private void flush() {
            if (count == 0) {
                return;
            }
            chunks.add(type == SparseChunk.Type.RAW ? SparseChunk.raw(first, count, first * blockSize)
                    : SparseChunk.fill(first, count, fillValue));
            dataCrcs.add(type == SparseChunk.Type.RAW ? rawCrc.getValue() : 0L);
            rawCrc.reset();
            count = 0;
        }

        List<SparseChunk> finish() {
            flush();
            return chunks;
        }

        long[] dataCrcs() {
            return dataCrcs.stream().mapToLong(Long::longValue).toArray();
        }
    }
}

package com.phonesmith.contracts.image.sparse;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * A sparse image as a list of chunks whose RAW bytes stay in a source file until the image is written: the raw
 * image a {@link SparseWriter} scanned, or the sparse file a {@link SparseReader} opened. Only the chunk list is
 * held in memory, so images of any size are written by streaming from the source. The source must not change
 * while this object is in use.
 */
public final class SparseFile {
    /** Small enough that what the bytes are written to (a digest, a CRC-32) finds them still in the core's cache. */
    private static final int COPY_BUFFER_BYTES = 256 << 10;

    private final int blockSize;
    private final long totalBlocks;
    private final List<SparseChunk> chunks;
    private final Path source;
    private final long sourceBytes;
    private final boolean padSource;
    /** The CRC-32 of each RAW chunk's data, in chunk order (0 for the others), when the scan computed them. */
    private final long[] dataCrcs;

    /**
     * @param padSource true when the source is a raw image whose final partial block reads as if padded with
     *                  zeros; false when every RAW byte must be in the source (a sparse file)
     */
    SparseFile(int blockSize, long totalBlocks, List<SparseChunk> chunks, Path source, long sourceBytes,
            boolean padSource) {
        this(blockSize, totalBlocks, chunks, source, sourceBytes, padSource, null);
    }

    SparseFile(int blockSize, long totalBlocks, List<SparseChunk> chunks, Path source, long sourceBytes,
            boolean padSource, long[] dataCrcs) {
        if (blockSize <= 0 || blockSize % 4 != 0) {
            throw new IllegalArgumentException("block size " + blockSize + " is not a positive multiple of 4");
        }
        if (totalBlocks < 0 || totalBlocks > SparseFormat.MAX_U32) {
            throw new IllegalArgumentException(totalBlocks + " blocks do not fit in a sparse image (at most "
                    + SparseFormat.MAX_U32 + ")");
        }
        long next = 0;
        for (SparseChunk chunk : chunks) {
            if (chunk.firstBlock() != next) {
                throw new IllegalArgumentException("chunk " + chunk + " does not start at block " + next);
            }
            if (chunk.type() == SparseChunk.Type.RAW
                    && chunk.encodedBytes(blockSize) > SparseFormat.MAX_U32) {
                throw new IllegalArgumentException("chunk " + chunk + " is too large for the format's total_sz");
            }
            next = chunk.endBlock();
        }
        if (next != totalBlocks) {
            throw new IllegalArgumentException("chunks cover " + next + " blocks, not " + totalBlocks);
        }
        this.blockSize = blockSize;
        this.totalBlocks = totalBlocks;
        this.chunks = List.copyOf(chunks);
        this.source = source;
        this.sourceBytes = sourceBytes;
        this.padSource = padSource;
        if (dataCrcs != null && dataCrcs.length != chunks.size()) {
            throw new IllegalArgumentException(dataCrcs.length + " data CRCs for " + chunks.size() + " chunks");
        }
        this.dataCrcs = dataCrcs;
    }

    /** Bytes per block (4096 by default). */
    public int blockSize() {
        return blockSize;
    }

    /** Blocks of the expanded image (the header's total_blks). */
    public long totalBlocks() {
        return totalBlocks;
    }

    /** Bytes of the expanded image: {@code totalBlocks() * blockSize()}. */
    public long imageBytes() {
        return totalBlocks * blockSize;
    }

    /** The chunks in order; together they cover every block exactly once. */
    public List<SparseChunk> chunks() {
        return chunks;
    }

    /** The file the RAW chunks' bytes are read from. */
    public Path source() {
        return source;
    }

    /** How many bytes {@link #writeTo(OutputStream)} writes. */
    public long sizeBytes() {
        long bytes = SparseFormat.FILE_HEADER_BYTES;
        for (SparseChunk chunk : chunks) {
            bytes += chunk.encodedBytes(blockSize);
        }
        return bytes;
    }

    /**
     * The CRC-32 of the bytes {@link #writeTo(OutputStream)} writes (a zip entry stored uncompressed needs it before
     * its bytes). Assembled from the headers and the RAW chunks' data CRCs when the scan computed those, so the
     * source is not read again; otherwise computed by writing the image once.
     */
    public long crc32() throws IOException {
        if (dataCrcs == null) {
            CRC32 crc = new CRC32();
            writeTo(new CheckedOutputStream(OutputStream.nullOutputStream(), crc));
            return crc.getValue();
        }
        long crc = crcOf(SparseFormat.fileHeader(blockSize, totalBlocks, chunks.size()));
        for (int i = 0; i < chunks.size(); i++) {
            SparseChunk chunk = chunks.get(i);
            crc = Crc32Combine.combine(crc, crcOf(chunkHeader(chunk)), SparseFormat.CHUNK_HEADER_BYTES);
            switch (chunk.type()) {
                case RAW -> crc = Crc32Combine.combine(crc, dataCrcs[i], chunk.dataBytes(blockSize));
                case FILL -> crc = Crc32Combine.combine(crc,
                        crcOf(SparseFormat.littleEndian(4).putInt(chunk.fillValue())), 4);
                case DONT_CARE -> {
                }
            }
        }
        return crc;
    }

    private static long crcOf(ByteBuffer bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes.array(), 0, bytes.limit());
        return crc.getValue();
    }

    private ByteBuffer chunkHeader(SparseChunk chunk) {
        return SparseFormat.littleEndian(SparseFormat.CHUNK_HEADER_BYTES).putShort((short) chunk.type().code())
                .putShort((short) 0).putInt((int) chunk.blocks()).putInt((int) chunk.encodedBytes(blockSize));
    }

    /** A sparse file of the same image size that holds the given chunks (which must cover every block). */
    SparseFile withChunks(List<SparseChunk> newChunks) {
        return new SparseFile(blockSize, totalBlocks, newChunks, source, sourceBytes, padSource);
    }

    /** Writes the sparse file, reading the RAW chunks' bytes from the source; does not close {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        try (FileChannel in = chunks.stream().anyMatch(c -> c.type() == SparseChunk.Type.RAW)
                ? FileChannel.open(source) : null) {
            out.write(SparseFormat.fileHeader(blockSize, totalBlocks, chunks.size()).array());
            byte[] buffer = new byte[(int) Math.min(COPY_BUFFER_BYTES, Math.max(4, maxRawBytes()))];
            for (SparseChunk chunk : chunks) {
                out.write(chunkHeader(chunk).array());
                switch (chunk.type()) {
                    case RAW -> copy(in, chunk.dataOffset(), chunk.dataBytes(blockSize), buffer, out);
                    case FILL -> out.write(SparseFormat.littleEndian(4).putInt(chunk.fillValue()).array());
                    case DONT_CARE -> {
                    }
                }
            }
        }
    }

    /** Writes the sparse file to {@code file}, replacing it. */
    public void writeTo(Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            writeTo(out);
        }
    }

    private long maxRawBytes() {
        return chunks.stream().filter(c -> c.type() == SparseChunk.Type.RAW).mapToLong(c -> c.dataBytes(blockSize))
                .max().orElse(0);
    }

    private void copy(FileChannel in, long position, long bytes, byte[] buffer, OutputStream out)
            throws IOException {
        long available = Math.max(0, Math.min(bytes, sourceBytes - position));
        if (available < bytes && !padSource) {
            throw new SparseFormatException(source + " ends at byte " + sourceBytes + " but a chunk's data runs to byte "
                    + (position + bytes));
        }
        ByteBuffer view = ByteBuffer.wrap(buffer);
        for (long done = 0; done < available; ) {
            view.clear().limit((int) Math.min(buffer.length, available - done));
            int read = in.read(view, position + done);
            if (read < 0) {
                throw new SparseFormatException(source + " became shorter while it was being read (at byte "
                        + (position + done) + ")");
            }
            out.write(buffer, 0, read);
            done += read;
        }
        // the final partial block of a raw image, padded with zeros
        long padding = bytes - available;
        if (padding > 0) {
            Arrays.fill(buffer, (byte) 0);
            for (long done = 0; done < padding; done += buffer.length) {
                out.write(buffer, 0, (int) Math.min(buffer.length, padding - done));
            }
        }
    }

    @Override
    public String toString() {
        return "SparseFile[" + totalBlocks + " blocks of " + blockSize + " bytes in " + chunks.size()
                + " chunks, " + sizeBytes() + " bytes, from " + source + "]";
    }
}

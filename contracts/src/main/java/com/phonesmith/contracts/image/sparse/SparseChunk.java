package com.phonesmith.contracts.image.sparse;

/**
 * One chunk of a sparse image: {@code blocks} blocks of the expanded image starting at {@code firstBlock}.
 *
 * @param type what the chunk holds
 * @param firstBlock the first block of the expanded image it covers
 * @param blocks how many blocks it covers (at least 1)
 * @param fillValue for {@link Type#FILL}, the 32-bit value (little-endian in the image) every 4 bytes hold; else 0
 * @param dataOffset for {@link Type#RAW}, where its {@code blocks * blockSize} bytes start in the source file
 *                   (the raw image or the sparse file the chunk was read from); else 0
 */
public record SparseChunk(Type type, long firstBlock, long blocks, int fillValue, long dataOffset) {

    /** The kinds of chunks that cover blocks. */
    public enum Type {
        /** The blocks' bytes follow the chunk header. */
        RAW(SparseFormat.RAW),
        /** Every 4 bytes of the blocks hold one value, which follows the chunk header. */
        FILL(SparseFormat.FILL),
        /** Nothing to write: a handset keeps what its partition already holds there. */
        DONT_CARE(SparseFormat.DONT_CARE);

        private final int code;

        Type(int code) {
            this.code = code;
        }

        /** The chunk_type of the format. */
        public int code() {
            return code;
        }
    }

    public SparseChunk {
        if (type == null || firstBlock < 0 || blocks < 1 || blocks > SparseFormat.MAX_U32 || dataOffset < 0) {
            throw new IllegalArgumentException("not a sparse chunk: " + type + " of " + blocks + " blocks at block "
                    + firstBlock + ", data at " + dataOffset);
        }
    }

    public static SparseChunk raw(long firstBlock, long blocks, long dataOffset) {
        return new SparseChunk(Type.RAW, firstBlock, blocks, 0, dataOffset);
    }

    public static SparseChunk fill(long firstBlock, long blocks, int fillValue) {
        return new SparseChunk(Type.FILL, firstBlock, blocks, fillValue, 0);
    }

    public static SparseChunk dontCare(long firstBlock, long blocks) {
        return new SparseChunk(Type.DONT_CARE, firstBlock, blocks, 0, 0);
    }

    /** The block after the last one this chunk covers. */
    public long endBlock() {
        return firstBlock + blocks;
    }

    /** How many bytes of data follow the chunk header. */
    public long dataBytes(int blockSize) {
        return switch (type) {
            case RAW -> blocks * blockSize;
            case FILL -> 4;
            case DONT_CARE -> 0;
        };
    }

    /** How many bytes the chunk takes in a sparse file: its header and its data. */
    public long encodedBytes(int blockSize) {
        return SparseFormat.CHUNK_HEADER_BYTES + dataBytes(blockSize);
    }

    /** The first {@code count} blocks of this chunk. */
    SparseChunk head(long count) {
        return new SparseChunk(type, firstBlock, count, fillValue, dataOffset);
    }

    /** This chunk without its first {@code count} blocks. */
    SparseChunk tail(long count, int blockSize) {
        long offset = type == Type.RAW ? dataOffset + count * blockSize : dataOffset;
        return new SparseChunk(type, firstBlock + count, blocks - count, fillValue, offset);
    }
}

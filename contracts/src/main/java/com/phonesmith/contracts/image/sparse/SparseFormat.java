package com.phonesmith.contracts.image.sparse;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The constants of Android's sparse image format (libsparse's {@code sparse_format.h}, version 1.0). Everything
 * is little-endian: a 28-byte file header, then chunks, each a 12-byte chunk header followed by its data.
 *
 * <pre>
 * file header:  magic u32, major u16, minor u16, file_hdr_sz u16, chunk_hdr_sz u16,
 *               blk_sz u32, total_blks u32, total_chunks u32, image_checksum u32
 * chunk header: chunk_type u16, reserved u16, chunk_sz u32 (blocks of output), total_sz u32 (bytes in this file,
 *               header included)
 * </pre>
 */
public final class SparseFormat {
    public static final int MAGIC = 0xED26FF3A;
    public static final int MAJOR_VERSION = 1;
    public static final int MINOR_VERSION = 0;
    public static final int FILE_HEADER_BYTES = 28;
    public static final int CHUNK_HEADER_BYTES = 12;
    public static final int RAW = 0xCAC1;
    public static final int FILL = 0xCAC2;
    public static final int DONT_CARE = 0xCAC3;
    /** Carries the CRC32 of the output so far; never written here, checked when expanding. */
    public static final int CRC32 = 0xCAC4;
    /** The largest value of the format's unsigned 32-bit fields (block counts, chunk sizes). */
    static final long MAX_U32 = 0xFFFF_FFFFL;

    private SparseFormat() {
    }

    static ByteBuffer fileHeader(int blockSize, long totalBlocks, long totalChunks) {
        return littleEndian(FILE_HEADER_BYTES).putInt(MAGIC).putShort((short) MAJOR_VERSION)
                .putShort((short) MINOR_VERSION).putShort((short) FILE_HEADER_BYTES)
                .putShort((short) CHUNK_HEADER_BYTES).putInt(blockSize).putInt((int) totalBlocks)
                .putInt((int) totalChunks).putInt(0).flip();
    }

    static ByteBuffer littleEndian(int bytes) {
        return ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}

package com.phonesmith.handset;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Android sparse images (libsparse's format), which the fastboot host sends for images that are already
 * sparse or larger than max-download-size. A bootloader expands them while flashing; "don't care" chunks
 * leave what is already in the partition, which is how an image split over several downloads comes together.
 */
final class SparseImage {
    static final int MAGIC = 0xED26FF3A;
    private static final int FILE_HEADER_BYTES = 28;
    private static final int CHUNK_HEADER_BYTES = 12;
    private static final int RAW = 0xCAC1;
    private static final int FILL = 0xCAC2;
    private static final int DONT_CARE = 0xCAC3;
    private static final int CRC32 = 0xCAC4;

    private record Chunk(int type, long bytes, long dataPosition) {
    }

    private SparseImage() {
    }

    static boolean isSparse(Path file) throws IOException {
        try (FileChannel in = FileChannel.open(file)) {
            ByteBuffer magic = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
            return in.read(magic, 0) == 4 && magic.getInt(0) == MAGIC;
        }
    }

    /** Expands the sparse image into target, which ends up exactly as long as the image says; returns that size. */
    static long expandInto(Path sparse, Path target, long maxBytes) throws IOException, CommandFailure {
        try (FileChannel in = FileChannel.open(sparse)) {
            ByteBuffer header = read(in, 0, FILE_HEADER_BYTES);
            header.getInt(); // magic, checked by isSparse
            int major = Short.toUnsignedInt(header.getShort());
            header.getShort(); // minor versions stay compatible
            int fileHeaderBytes = Short.toUnsignedInt(header.getShort());
            int chunkHeaderBytes = Short.toUnsignedInt(header.getShort());
            long blockBytes = Integer.toUnsignedLong(header.getInt());
            long totalBlocks = Integer.toUnsignedLong(header.getInt());
            long totalChunks = Integer.toUnsignedLong(header.getInt());
            if (major != 1 || fileHeaderBytes < FILE_HEADER_BYTES || chunkHeaderBytes < CHUNK_HEADER_BYTES
                    || blockBytes == 0 || blockBytes % 4 != 0) {
                throw new CommandFailure("unsupported sparse image header");
            }
            if (totalBlocks > maxBytes / blockBytes) {
                throw new CommandFailure("image too large for partition");
            }
            long outputBytes = blockBytes * totalBlocks;
            List<Chunk> chunks = readChunks(in, fileHeaderBytes, chunkHeaderBytes, blockBytes, totalChunks);
            if (chunks.stream().mapToLong(Chunk::bytes).sum() != outputBytes) {
                throw new CommandFailure("sparse image chunks do not add up to its size");
            }
            write(in, chunks, target, outputBytes);
            return outputBytes;
        }
    }

    private static List<Chunk> readChunks(FileChannel in, long position, int chunkHeaderBytes, long blockBytes,
            long count) throws IOException, CommandFailure {
        List<Chunk> chunks = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            ByteBuffer header = read(in, position, CHUNK_HEADER_BYTES);
            int type = Short.toUnsignedInt(header.getShort());
            header.getShort(); // reserved
            long blocks = Integer.toUnsignedLong(header.getInt());
            long totalBytes = Integer.toUnsignedLong(header.getInt());
            long dataBytes = totalBytes - chunkHeaderBytes;
            long expectedDataBytes = switch (type) {
                case RAW -> blocks * blockBytes;
                case FILL, CRC32 -> 4;
                case DONT_CARE -> 0;
                default -> throw new CommandFailure("unknown sparse chunk type 0x" + Integer.toHexString(type));
            };
            if (dataBytes != expectedDataBytes || position + totalBytes > in.size()) {
                throw new CommandFailure("corrupt sparse chunk " + i);
            }
            long outputBytes = type == CRC32 ? 0 : blocks * blockBytes;
            chunks.add(new Chunk(type, outputBytes, position + chunkHeaderBytes));
            position += totalBytes;
        }
        return chunks;
    }

    private static void write(FileChannel in, List<Chunk> chunks, Path target, long outputBytes)
            throws IOException, CommandFailure {
        try (RandomAccessFile file = new RandomAccessFile(target.toFile(), "rw")) {
            FileChannel out = file.getChannel();
            long offset = 0;
            for (Chunk chunk : chunks) {
                if (chunk.type() == RAW) {
                    copy(in, chunk.dataPosition(), out, offset, chunk.bytes());
                } else if (chunk.type() == FILL) {
                    fill(read(in, chunk.dataPosition(), 4), out, offset, chunk.bytes());
                }
                offset += chunk.bytes();
            }
            file.setLength(outputBytes);
        }
    }

    private static void copy(FileChannel in, long from, FileChannel out, long to, long bytes) throws IOException {
        for (long done = 0; done < bytes; ) {
            done += in.transferTo(from + done, bytes - done, out.position(to + done));
        }
    }

    private static void fill(ByteBuffer pattern, FileChannel out, long to, long bytes) throws IOException {
        ByteBuffer block = ByteBuffer.allocate((int) Math.min(bytes, 1 << 16));
        while (block.hasRemaining()) {
            block.put(pattern.get(block.position() % 4));
        }
        for (long done = 0; done < bytes; ) {
            block.clear().limit((int) Math.min(block.capacity(), bytes - done));
            done += out.write(block, to + done);
        }
    }

    private static ByteBuffer read(FileChannel in, long position, int length) throws IOException, CommandFailure {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (in.read(buffer, position + buffer.position()) < 0) {
                throw new CommandFailure("sparse image is truncated");
            }
        }
        return buffer.flip();
    }
}

package com.phonesmith.contracts.image.sparse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Reads Android sparse images: {@link #open} checks a file's headers and lists its chunks, {@link #expand} writes
 * the raw image one or several sparse files describe. Header fields are checked as libsparse checks them (magic,
 * major version 1, header sizes at least 28 and 12 bytes, larger headers skipped), and further: every chunk must
 * lie whole inside the file, have the size its type implies, and the chunks must add up to the header's block
 * count. Anything else fails with a {@link SparseFormatException} that names the file and what is wrong.
 */
public final class SparseReader {
    private static final int COPY_BUFFER_BYTES = 1 << 20;

    private SparseReader() {
    }

    /** True when the file starts with the sparse magic. */
    public static boolean isSparse(Path file) throws IOException {
        try (FileChannel in = FileChannel.open(file)) {
            ByteBuffer magic = SparseFormat.littleEndian(4);
            while (magic.hasRemaining() && in.read(magic, magic.position()) >= 0) {
                // read the 4 bytes
            }
            return !magic.hasRemaining() && magic.getInt(0) == SparseFormat.MAGIC;
        }
    }

    /**
     * Checks the headers of a sparse file and lists its chunks; the RAW bytes stay in the file. CRC32 chunks carry
     * no blocks and are not listed (only {@link #expand} checks them).
     */
    public static SparseFile open(Path sparseFile) throws IOException {
        return parse(sparseFile).file();
    }

    /** Expands a sparse file into the raw image {@code rawImage} (replaced); returns the image's size in bytes. */
    public static long expand(Path sparseFile, Path rawImage) throws IOException {
        return expand(List.of(sparseFile), rawImage);
    }

    /**
     * Expands sparse files one after another onto one raw image, the way a handset flashes the pieces of a split
     * image to one partition: each writes its RAW and FILL chunks and leaves the blocks under its DONT_CARE chunks
     * as the earlier files wrote them (zeros if none did). All must describe an image of the same size. The output
     * is replaced; returns its size in bytes.
     */
    public static long expand(List<Path> sparseFiles, Path rawImage) throws IOException {
        if (sparseFiles.isEmpty()) {
            throw new IllegalArgumentException("no sparse files to expand");
        }
        List<Parsed> parsed = new ArrayList<>();
        for (Path file : sparseFiles) {
            Parsed next = parse(file);
            if (!parsed.isEmpty()) {
                SparseFile first = parsed.get(0).file();
                if (next.file().blockSize() != first.blockSize() || next.file().totalBlocks() != first.totalBlocks()) {
                    throw new SparseFormatException(file + " describes " + next.file().totalBlocks() + " blocks of "
                            + next.file().blockSize() + " bytes but " + sparseFiles.get(0) + " describes "
                            + first.totalBlocks() + " blocks of " + first.blockSize()
                            + ": they are not pieces of one image");
                }
            }
            parsed.add(next);
        }
        long imageBytes = parsed.get(0).file().imageBytes();
        try (FileChannel out = FileChannel.open(rawImage, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (Parsed file : parsed) {
                writeChunks(file, out);
            }
            if (out.size() < imageBytes) {
                out.write(ByteBuffer.allocate(1), imageBytes - 1); // the rest reads as zeros
            }
        }
        return imageBytes;
    }

    private static void writeChunks(Parsed parsed, FileChannel out) throws IOException {
        SparseFile file = parsed.file();
        int blockSize = file.blockSize();
        CRC32 crc = parsed.checksums().isEmpty() ? null : new CRC32();
        int nextChecksum = 0;
        byte[] buffer = new byte[COPY_BUFFER_BYTES];
        try (FileChannel in = FileChannel.open(file.source())) {
            for (SparseChunk chunk : file.chunks()) {
                nextChecksum = check(parsed, chunk.firstBlock(), nextChecksum, crc);
                long position = chunk.firstBlock() * blockSize;
                long bytes = chunk.blocks() * blockSize;
                switch (chunk.type()) {
                    case RAW -> copy(in, chunk.dataOffset(), out, position, bytes, buffer, crc, file.source());
                    case FILL -> fill(chunk.fillValue(), out, position, bytes, buffer, crc);
                    case DONT_CARE -> {
                        if (crc != null) {
                            zeros(bytes, buffer, crc); // libsparse counts DONT_CARE as zeros in its checksum
                        }
                    }
                }
            }
            check(parsed, file.totalBlocks(), nextChecksum, crc);
        }
    }

    private static int check(Parsed parsed, long block, int next, CRC32 crc) throws SparseFormatException {
        List<Checksum> checksums = parsed.checksums();
        while (next < checksums.size() && checksums.get(next).atBlock() <= block) {
            Checksum expected = checksums.get(next);
            if ((int) crc.getValue() != expected.value()) {
                throw new SparseFormatException(parsed.file().source() + " is corrupt: its CRC32 chunk " + expected.chunk()
                        + " says 0x" + Integer.toHexString(expected.value()) + " but the blocks before it give 0x"
                        + Long.toHexString(crc.getValue()));
            }
            next++;
        }
        return next;
    }

    private static void copy(FileChannel in, long from, FileChannel out, long to, long bytes, byte[] buffer,
            CRC32 crc, Path source) throws IOException {
        for (long done = 0; done < bytes; ) {
            ByteBuffer view = ByteBuffer.wrap(buffer, 0, (int) Math.min(buffer.length, bytes - done));
            int read = in.read(view, from + done);
            if (read < 0) {
                throw new SparseFormatException(source + " became shorter while it was being read");
            }
            if (crc != null) {
                crc.update(buffer, 0, read);
            }
            writeFully(out, ByteBuffer.wrap(buffer, 0, read), to + done);
            done += read;
        }
    }

    private static void fill(int value, FileChannel out, long to, long bytes, byte[] buffer, CRC32 crc)
            throws IOException {
        ByteBuffer pattern = ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN);
        while (pattern.remaining() >= 4) {
            pattern.putInt(value);
        }
        for (long done = 0; done < bytes; ) {
            int length = (int) Math.min(buffer.length, bytes - done);
            if (crc != null) {
                crc.update(buffer, 0, length);
            }
            writeFully(out, ByteBuffer.wrap(buffer, 0, length), to + done);
            done += length;
        }
    }

    private static void zeros(long bytes, byte[] buffer, CRC32 crc) {
        Arrays.fill(buffer, (byte) 0);
        for (long done = 0; done < bytes; done += buffer.length) {
            crc.update(buffer, 0, (int) Math.min(buffer.length, bytes - done));
        }
    }

    private static void writeFully(FileChannel out, ByteBuffer data, long position) throws IOException {
        while (data.hasRemaining()) {
            position += out.write(data, position);
        }
    }

    /** A CRC32 chunk: the CRC32 of the blocks before {@code atBlock}, as the {@code chunk}-th chunk said. */
    private record Checksum(long atBlock, int value, long chunk) {
    }

    private record Parsed(SparseFile file, List<Checksum> checksums) {
    }

    private static Parsed parse(Path path) throws IOException {
        try (FileChannel in = FileChannel.open(path)) {
            long size = in.size();
            if (size < SparseFormat.FILE_HEADER_BYTES) {
                throw new SparseFormatException(path + " is not a sparse image: it has " + size
                        + " bytes, fewer than the " + SparseFormat.FILE_HEADER_BYTES + " of a sparse file header");
            }
            ByteBuffer header = read(in, 0, SparseFormat.FILE_HEADER_BYTES, path, "the file header");
            int magic = header.getInt();
            int major = Short.toUnsignedInt(header.getShort());
            header.getShort(); // minor versions stay compatible
            int fileHeaderBytes = Short.toUnsignedInt(header.getShort());
            int chunkHeaderBytes = Short.toUnsignedInt(header.getShort());
            long blockSize = Integer.toUnsignedLong(header.getInt());
            long totalBlocks = Integer.toUnsignedLong(header.getInt());
            long totalChunks = Integer.toUnsignedLong(header.getInt());
            if (magic != SparseFormat.MAGIC) {
                throw new SparseFormatException(path + " is not a sparse image: it starts with 0x"
                        + Integer.toHexString(magic) + " (little-endian), not the magic 0x"
                        + Integer.toHexString(SparseFormat.MAGIC));
            }
            if (major != SparseFormat.MAJOR_VERSION) {
                throw new SparseFormatException(path + " is a sparse image of major version " + major
                        + "; only version " + SparseFormat.MAJOR_VERSION + " is understood");
            }
            if (fileHeaderBytes < SparseFormat.FILE_HEADER_BYTES || chunkHeaderBytes < SparseFormat.CHUNK_HEADER_BYTES) {
                throw new SparseFormatException(path + " has headers of " + fileHeaderBytes + " and "
                        + chunkHeaderBytes + " bytes; the format's are at least " + SparseFormat.FILE_HEADER_BYTES
                        + " and " + SparseFormat.CHUNK_HEADER_BYTES);
            }
            if (blockSize == 0 || blockSize % 4 != 0 || blockSize > Integer.MAX_VALUE) {
                throw new SparseFormatException(path + " has a block size of " + blockSize
                        + " bytes, which is not a positive multiple of 4");
            }
            List<SparseChunk> chunks = new ArrayList<>();
            List<Checksum> checksums = new ArrayList<>();
            long position = fileHeaderBytes;
            long block = 0;
            for (long i = 0; i < totalChunks; i++) {
                String what = "chunk " + (i + 1) + " of " + totalChunks + " at byte " + position;
                ByteBuffer chunkHeader = read(in, position, SparseFormat.CHUNK_HEADER_BYTES, path, "the header of " + what);
                int type = Short.toUnsignedInt(chunkHeader.getShort());
                chunkHeader.getShort(); // reserved
                long blocks = Integer.toUnsignedLong(chunkHeader.getInt());
                long totalBytes = Integer.toUnsignedLong(chunkHeader.getInt());
                long dataBytes = totalBytes - chunkHeaderBytes;
                long expectedDataBytes = switch (type) {
                    case SparseFormat.RAW -> blocks * blockSize;
                    case SparseFormat.FILL, SparseFormat.CRC32 -> 4;
                    case SparseFormat.DONT_CARE -> 0;
                    default -> throw new SparseFormatException(path + " is corrupt: " + what
                            + " has the unknown type 0x" + Integer.toHexString(type));
                };
                if (dataBytes != expectedDataBytes) {
                    throw new SparseFormatException(path + " is corrupt: " + what + " of type 0x"
                            + Integer.toHexString(type) + " and " + blocks + " blocks says it has " + totalBytes
                            + " bytes, but it must have " + (chunkHeaderBytes + expectedDataBytes));
                }
                if (position + totalBytes > size) {
                    throw new SparseFormatException(path + " is truncated: " + what + " needs " + totalBytes
                            + " bytes but the file ends " + (size - position) + " bytes after its start");
                }
                if (type != SparseFormat.CRC32 && blocks == 0) {
                    throw new SparseFormatException(path + " is corrupt: " + what + " covers no blocks");
                }
                if (type != SparseFormat.CRC32 && block + blocks > totalBlocks) {
                    throw new SparseFormatException(path + " is corrupt: its chunks cover more than the "
                            + totalBlocks + " blocks its header says (" + what + " ends at block "
                            + (block + blocks) + ")");
                }
                long data = position + chunkHeaderBytes;
                switch (type) {
                    case SparseFormat.RAW -> chunks.add(SparseChunk.raw(block, blocks, data));
                    case SparseFormat.FILL -> chunks.add(SparseChunk.fill(block, blocks,
                            read(in, data, 4, path, "the value of " + what).getInt()));
                    case SparseFormat.DONT_CARE -> chunks.add(SparseChunk.dontCare(block, blocks));
                    default -> checksums.add(new Checksum(block, read(in, data, 4, path, "the CRC32 of " + what)
                            .getInt(), i + 1));
                }
                if (type != SparseFormat.CRC32) {
                    block += blocks;
                }
                position += totalBytes;
            }
            if (block != totalBlocks) {
                throw new SparseFormatException(path + " is corrupt: its " + totalChunks + " chunks cover " + block
                        + " blocks but its header says " + totalBlocks);
            }
            return new Parsed(new SparseFile((int) blockSize, totalBlocks, chunks, path, size, false), checksums);
        }
    }

    private static ByteBuffer read(FileChannel in, long position, int length, Path path, String what)
            throws IOException {
        ByteBuffer buffer = SparseFormat.littleEndian(length);
        while (buffer.hasRemaining()) {
            if (in.read(buffer, position + buffer.position()) < 0) {
                throw new SparseFormatException(path + " is truncated: it ends inside " + what + " (byte "
                        + (position + buffer.position()) + ")");
            }
        }
        return buffer.flip();
    }
}

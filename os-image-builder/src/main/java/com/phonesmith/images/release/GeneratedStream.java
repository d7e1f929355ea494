package com.phonesmith.images.release;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;

/**
 * The bytes of generated content, made as they are read: the key is the first 8 bytes of SHA-256(seed NUL) (big
 * endian), and 8-byte block i is SplitMix64's output for {@code key + (i + 1) * 0x9E3779B97F4A7C15L}, big endian.
 * Deterministic, incompressible, a function of the block index alone, and fast (a few multiplications per 8
 * bytes), so a 300 MiB system image costs no more to generate than to copy.
 */
final class GeneratedStream extends InputStream {
    static final int BLOCK = 8;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final int TRANSFER_BYTES = 1 << 20;
    private static final java.lang.invoke.VarHandle BIG_ENDIAN_LONGS = java.lang.invoke.MethodHandles
            .byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.BIG_ENDIAN);

    private static final ThreadLocal<ByteBuffer> DIRECT = ThreadLocal.withInitial(
            () -> ByteBuffer.allocateDirect(256 << 10));

    private final long key;
    private final long size;
    private long position;

    GeneratedStream(String seed, long size) {
        byte[] hash = Digests.sha256().digest(((seed == null ? "" : seed) + "\0").getBytes(StandardCharsets.UTF_8));
        this.key = java.nio.ByteBuffer.wrap(hash, 0, Long.BYTES).getLong();
        this.size = Math.max(0, size);
    }

    /** The SHA-256 of the whole stream, computed without holding it. */
    static String sha256(String seed, long size) {
        MessageDigest whole = Digests.sha256();
        try (GeneratedStream stream = new GeneratedStream(seed, size)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = stream.read(buffer, 0, buffer.length); n > 0; n = stream.read(buffer, 0, buffer.length)) {
                whole.update(buffer, 0, n);
            }
        }
        return Digests.hex(whole.digest());
    }

    static long block(long key, long index) {
        long z = key + (index + 1) * GOLDEN;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public int read() {
        if (position >= size) {
            return -1;
        }
        long value = block(key, position / BLOCK);
        int shift = 56 - 8 * (int) (position % BLOCK);
        position++;
        return (int) (value >>> shift) & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (position >= size) {
            return -1;
        }
        int n = (int) Math.min(length, size - position);
        int i = 0;
        while (i < n && position % BLOCK != 0) {
            buffer[offset + i++] = (byte) read();
        }
        for (long index = position / BLOCK; n - i >= BLOCK; index++) {
            BIG_ENDIAN_LONGS.set(buffer, offset + i, block(key, index));
            i += BLOCK;
            position += BLOCK;
        }
        while (i < n) {
            buffer[offset + i++] = (byte) read();
        }
        return n;
    }

    /**
     * Writes the whole stream to the channel, generated a quarter of a megabyte at a time into memory outside the
     * heap that the channel writes from: one copy fewer than through a byte array, which is what staging a
     * partition's files mostly costs.
     */
    static void writeTo(String seed, long size, WritableByteChannel channel) throws java.io.IOException {
        long key = new GeneratedStream(seed, size).key;
        ByteBuffer buffer = DIRECT.get(); // big endian, its capacity a whole number of blocks
        long index = 0;
        for (long done = 0; done < size; ) {
            int n = (int) Math.min(buffer.capacity(), size - done);
            int whole = n & ~(BLOCK - 1);
            buffer.clear();
            for (int i = 0; i < whole; i += BLOCK) {
                buffer.putLong(i, block(key, index++));
            }
            if (whole < n) {
                long last = block(key, index++);
                for (int i = whole; i < n; i++) {
                    buffer.put(i, (byte) (last >>> (56 - 8 * (i - whole))));
                }
            }
            buffer.limit(n);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            done += n;
        }
    }

    /** Generates a megabyte at a time straight into the target, which receives whole buffers. */
    @Override
    public long transferTo(java.io.OutputStream out) throws java.io.IOException {
        byte[] buffer = new byte[(int) Math.min(TRANSFER_BYTES, Math.max(1, size - position))];
        long moved = 0;
        for (int n = read(buffer, 0, buffer.length); n > 0; n = read(buffer, 0, buffer.length)) {
            out.write(buffer, 0, n);
            moved += n;
        }
        return moved;
    }

    @Override
    public long skip(long n) {
        long skipped = Math.max(0, Math.min(n, size - position));
        position += skipped;
        return skipped;
    }

    @Override
    public int available() {
        return (int) Math.min(Integer.MAX_VALUE, size - position);
    }

    @Override
    public void close() {
        // nothing to release
    }
}

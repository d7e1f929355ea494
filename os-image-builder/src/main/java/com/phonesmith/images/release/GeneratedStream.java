package com.phonesmith.images.release;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;

/**
 * The bytes of generated content, made block by block as they are read: block i is
 * SHA-256(seed NUL i as 8 big-endian bytes), so only one 32-byte block is ever held.
 */
final class GeneratedStream extends InputStream {
    static final int BLOCK = 32;

    private final byte[] prefix;
    private final long size;
    private final MessageDigest sha = Digests.sha256();
    private final byte[] block = new byte[BLOCK];
    private final byte[] counter = new byte[Long.BYTES];
    private long blockIndex = -1;
    private long position;

    GeneratedStream(String seed, long size) {
        this.prefix = ((seed == null ? "" : seed) + "\0").getBytes(StandardCharsets.UTF_8);
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

    @Override
    public int read() {
        if (position >= size) {
            return -1;
        }
        fill(position / BLOCK);
        return block[(int) (position++ % BLOCK)] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (position >= size) {
            return -1;
        }
        int copied = 0;
        while (copied < length && position < size) {
            fill(position / BLOCK);
            int within = (int) (position % BLOCK);
            int n = (int) Math.min(Math.min(BLOCK - within, length - copied), size - position);
            System.arraycopy(block, within, buffer, offset + copied, n);
            copied += n;
            position += n;
        }
        return copied;
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

    private void fill(long index) {
        if (index == blockIndex) {
            return;
        }
        for (int i = 0; i < Long.BYTES; i++) {
            counter[i] = (byte) (index >>> (56 - 8 * i));
        }
        sha.update(prefix);
        sha.update(counter);
        try {
            sha.digest(block, 0, BLOCK);
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-256 gives 32 bytes", e);
        }
        blockIndex = index;
    }
}

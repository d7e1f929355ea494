package com.phonesmith.images.build;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The content of a package inside an image. There is no real package repository yet, so the payload is
 * generated from the package's name and version: a SHA-256 counter stream (block i is
 * SHA-256(name NUL version NUL i as 8 big-endian bytes)), cut to a size between 4 KiB and 64 KiB that is
 * derived from the name alone. The same name and version always give the same bytes, so images are
 * reproducible; a new version gives new bytes of the same size.
 */
public final class PackagePayload {
    public static final int MIN_BYTES = 4 * 1024;
    public static final int MAX_BYTES = 64 * 1024;

    private PackagePayload() {
    }

    /** The payload size of a package: from the first four bytes of SHA-256("size" NUL name). */
    public static int sizeOf(String name) {
        byte[] hash = sha256().digest(("size\0" + name).getBytes(StandardCharsets.UTF_8));
        long value = Integer.toUnsignedLong(ByteBuffer.wrap(hash, 0, 4).getInt());
        return MIN_BYTES + (int) (value % (MAX_BYTES - MIN_BYTES + 1));
    }

    /** The payload of a package at a version. */
    public static byte[] of(String name, String version) {
        byte[] payload = new byte[sizeOf(name)];
        byte[] seed = (name + "\0" + version + "\0").getBytes(StandardCharsets.UTF_8);
        MessageDigest sha = sha256();
        ByteBuffer counter = ByteBuffer.allocate(Long.BYTES);
        int offset = 0;
        for (long block = 0; offset < payload.length; block++) {
            sha.update(seed);
            counter.clear();
            sha.update(counter.putLong(block).array());
            byte[] hash = sha.digest();
            int length = Math.min(hash.length, payload.length - offset);
            System.arraycopy(hash, 0, payload, offset, length);
            offset += length;
        }
        return payload;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

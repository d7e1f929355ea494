package com.phonesmith.contracts.image.sparse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Raw images for the sparse tests, built block by block. */
final class Images {
    static final int BLOCK = 4096;

    private final ByteBuffer bytes;
    private final Random random;

    private Images(int capacity, long seed) {
        bytes = ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
        random = new Random(seed);
    }

    static Images of(int capacityBytes, long seed) {
        return new Images(capacityBytes, seed);
    }

    Images random(int blocks) {
        return randomBytes(blocks * BLOCK);
    }

    Images randomBytes(int count) {
        byte[] data = new byte[count];
        random.nextBytes(data);
        bytes.put(data);
        return this;
    }

    Images zeros(int blocks) {
        bytes.position(bytes.position() + blocks * BLOCK);
        return this;
    }

    /** Blocks in which every 4 bytes hold {@code value} (little-endian). */
    Images pattern(int blocks, int value) {
        for (int i = 0; i < blocks * BLOCK / 4; i++) {
            bytes.putInt(value);
        }
        return this;
    }

    byte[] build() {
        byte[] image = new byte[bytes.position()];
        bytes.duplicate().flip().get(image);
        return image;
    }

    Path writeTo(Path file) {
        try {
            return Files.write(file, build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Random data, zero runs, patterned runs and single odd blocks, about {@code megabytes} MiB long. */
    static byte[] mixed(int megabytes, long seed) {
        int blocks = megabytes * 256;
        Images image = of(blocks * BLOCK, seed);
        Random shapes = new Random(seed + 1);
        int done = 0;
        while (done < blocks) {
            int run = Math.min(blocks - done, 1 + shapes.nextInt(shapes.nextBoolean() ? 8 : 300));
            switch (shapes.nextInt(4)) {
                case 0 -> image.zeros(run);
                case 1 -> image.pattern(run, shapes.nextBoolean() ? 0xFFFFFFFF : shapes.nextInt());
                default -> image.random(run);
            }
            done += run;
        }
        return image.build();
    }
}

package com.phonesmith.handset.ext4;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The folder a partition image is made from: a handset's system files plus shapes that stress the reader. */
final class SampleTree {
    static final String BUILD_PROP = """
            # begin build properties
            ro.build.fingerprint=phonesmith/nordvik-fjord/0.1:user/order-42/1:release-keys
            ro.product.model=Nordvik Fjord
            ro.build.version.release=14
            # end build properties
            """;
    static final String PACKAGES_LIST = """
            org.example.maps 10071 0 /data/user/0/org.example.maps default:targetSdkVersion=34 3003 0 1 @system
            org.example.chat 10072 0 /data/user/0/org.example.chat default:targetSdkVersion=34 3003 0 1 @system
            """;
    static final String DEEP_TEXT = "found at the bottom of five folders\n";
    static final String UNICODE_NAME = "café-€.txt";
    static final int MANY_ENTRIES = 500;
    static final int BLOB_BYTES = 3 << 20;
    static final int STRIPE_BYTES = 4096;
    static final int STRIPES = 1500;
    static final int PREALLOCATED_BYTES = 64 << 10;
    static final String LONG_LINK_TARGET = "/system/" + "very-long-folder-name/".repeat(4) + "target";

    private SampleTree() {
    }

    /** Writes the whole tree into folder. */
    static void write(Path folder) {
        try {
            writeSmall(folder);
            Files.write(dir(folder, "data").resolve("blob.bin"), blob());
            Files.write(folder.resolve("data/striped.bin"), striped());
            try (FileChannel sparse = FileChannel.open(folder.resolve("data/preallocated.bin"),
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                sparse.write(ByteBuffer.allocate(1), PREALLOCATED_BYTES - 1); // zeros only: one hole in the image
            }
            Files.writeString(dir(folder, "a/b/c/d/e").resolve("deep.txt"), DEEP_TEXT);
            Path many = dir(folder, "many");
            for (String name : manyNames()) {
                Files.writeString(many.resolve(name), contentOf(name));
            }
            Files.writeString(dir(folder, "unicode").resolve(UNICODE_NAME), "grüße\n");
            Files.createSymbolicLink(folder.resolve("etc/prop-link"), Path.of("build.prop"));
            Files.createSymbolicLink(folder.resolve("etc/long-link"), Path.of(LONG_LINK_TARGET));
            Files.createSymbolicLink(folder.resolve("etc-link"), Path.of("etc"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Just what a handset reads at boot, and an empty file: small enough for an 8 MiB image. */
    static void writeSmall(Path folder) throws IOException {
        Path etc = dir(folder, "etc");
        Files.writeString(etc.resolve("build.prop"), BUILD_PROP);
        Files.writeString(etc.resolve("packages.list"), PACKAGES_LIST);
        Files.write(dir(folder, "data").resolve("empty"), new byte[0]);
    }

    static List<String> manyNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < MANY_ENTRIES; i++) {
            names.add(String.format("entry-%03d.txt", i));
        }
        return names;
    }

    static String contentOf(String manyName) {
        return "this is " + manyName + "\n";
    }

    static byte[] blob() {
        return random(BLOB_BYTES, 42);
    }

    /** Stripes of random data with all-zero stripes between them, which become holes in the image. */
    static byte[] striped() {
        byte[] data = new byte[STRIPES * STRIPE_BYTES];
        Random random = new Random(7);
        byte[] stripe = new byte[STRIPE_BYTES];
        for (int i = 0; i < STRIPES; i += 2) {
            random.nextBytes(stripe);
            stripe[0] = 1; // never all zeros
            System.arraycopy(stripe, 0, data, i * STRIPE_BYTES, STRIPE_BYTES);
        }
        return data;
    }

    static byte[] random(int bytes, long seed) {
        byte[] data = new byte[bytes];
        new Random(seed).nextBytes(data);
        return data;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Path dir(Path parent, String relative) throws IOException {
        return Files.createDirectories(parent.resolve(relative));
    }
}

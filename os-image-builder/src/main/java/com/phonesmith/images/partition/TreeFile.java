package com.phonesmith.images.partition;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;

/** One file a partition image holds: its absolute path, unix mode, size and where its bytes come from. */
public record TreeFile(String path, int mode, long sizeBytes, Content content) {

    /** Writes the file's bytes, exactly {@code sizeBytes} of them. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;

        /** Writes the bytes to a file's channel; through {@link #writeTo(OutputStream)} unless overridden. */
        default void writeTo(WritableByteChannel channel) throws IOException {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            writeTo(out);
            out.flush();
        }
    }

    public TreeFile {
        if (!path.startsWith("/") || path.endsWith("/") || path.contains("/../") || path.contains("//")) {
            throw new IllegalArgumentException("not a normalised absolute path: " + path);
        }
    }

    /** A small text file, e.g. a properties file the builder writes. */
    public static TreeFile text(String path, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new TreeFile(path, 0644, bytes.length, out -> out.write(bytes));
    }
}

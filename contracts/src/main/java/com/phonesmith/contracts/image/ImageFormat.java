package com.phonesmith.contracts.image;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The layout of a Phonesmith system partition image: a magic line, one line of JSON manifest, then the
 * package payloads. A handset reads the first two lines on boot to learn what it runs.
 */
public final class ImageFormat {
    public static final String MAGIC = "PHONESMITH-IMAGE/1";
    /** A manifest line longer than this means the image is not ours (or is corrupt). */
    public static final int MAX_MANIFEST_BYTES = 1 << 20;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ImageFormat() {
    }

    public static void writeHeader(ImageManifest manifest, OutputStream out) throws IOException {
        out.write((MAGIC + "\n").getBytes(StandardCharsets.US_ASCII));
        out.write(MAPPER.writeValueAsBytes(manifest));
        out.write('\n');
    }

    /** The manifest of an image, or empty when the bytes do not start with a Phonesmith image header. */
    public static Optional<ImageManifest> readManifest(InputStream in) throws IOException {
        String magic = readLine(in, MAGIC.length() + 1);
        if (!MAGIC.equals(magic)) {
            return Optional.empty();
        }
        String json = readLine(in, MAX_MANIFEST_BYTES);
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readValue(json, ImageManifest.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String readLine(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int i = 0; i <= limit; i++) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            if (b == '\n') {
                return line.toString(StandardCharsets.UTF_8);
            }
            line.write(b);
        }
        return null;
    }
}

package com.phonesmith.images.release;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A release as JSON. The output is deterministic: packages sorted by name, object keys sorted, two-space
 * indentation and {@code \n} line ends on every platform, so the same release always gives the same bytes.
 */
public final class ReleaseIndex {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private ReleaseIndex() {
    }

    public static String toJson(Release release) {
        try {
            return WRITER.writeValueAsString(release) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the release to the stream, which stays open. */
    public static void write(Release release, OutputStream out) throws IOException {
        out.write(toJson(release).getBytes(StandardCharsets.UTF_8));
    }

    public static Release fromJson(String json) throws IOException {
        return MAPPER.readValue(json, Release.class);
    }

    public static Release read(InputStream in) throws IOException {
        return MAPPER.readValue(in, Release.class);
    }
}

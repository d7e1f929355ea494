package com.phonesmith.images.release;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * What a file holds: inline text (small configuration files) or bytes generated from a seed, so a large
 * library or firmware blob needs no storage.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = FileContent.Inline.class, name = "inline"),
        @JsonSubTypes.Type(value = FileContent.Generated.class, name = "generated") })
public sealed interface FileContent {

    /** The bytes of a file of this content and the given size. */
    InputStream open(long size);

    static FileContent inline(String text) {
        return new Inline(text);
    }

    static FileContent generated(String seed) {
        return new Generated(seed);
    }

    /** UTF-8 text kept in the index; its size is the length of its encoding. */
    record Inline(String text) implements FileContent {
        public byte[] bytes() {
            return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public InputStream open(long size) {
            return new ByteArrayInputStream(bytes());
        }
    }

    /**
     * A deterministic byte stream made from the seed (SplitMix64 keyed by SHA-256 of the seed, see
     * {@code GeneratedStream}), cut to the file's size.
     */
    record Generated(String seed) implements FileContent {
        @Override
        public InputStream open(long size) {
            return new GeneratedStream(seed, size);
        }
    }
}

package com.phonesmith.images.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.phonesmith.contracts.image.bundle.FactoryBundleWriter;
import com.phonesmith.images.artifacts.ArtifactStore;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Writes a bundle from its layout, reading its partition images from the store; and finds a bundle's layout. */
public final class BundleAssembly {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BundleAssembly() {
    }

    public static void writeTo(BundleLayout layout, ArtifactStore store, OutputStream out) throws IOException {
        List<FactoryBundleWriter.Part> parts = new ArrayList<>();
        for (BundleLayout.Part part : layout.images()) {
            parts.add(part(part, store));
        }
        FactoryBundleWriter.writeParts(out, layout.board(), parts, layout.vbmeta(), layout.sbom());
    }

    /** A part of the layout as the bundle writer takes it: its bytes inline, or read from the store. */
    static FactoryBundleWriter.Part part(BundleLayout.Part part, ArtifactStore store) {
        FactoryBundleWriter.Content content = part.artifact() == null ? out -> out.write(part.inline())
                : FactoryBundleWriter.Content.opened(() -> {
                    java.nio.file.Path file = store.pathOf(part.artifact());
                    if (!Files.isRegularFile(file)) {
                        throw new FileNotFoundException("the " + part.name() + " of this bundle is no longer in "
                                + "the store; ask for the bundle again to rebuild it");
                    }
                    return Files.newInputStream(file);
                });
        return new FactoryBundleWriter.Part(part.name(), part.sizeBytes(), part.crc32(), content);
    }

    /** The layout of the bundle with this digest, if the store knows it. */
    public static Optional<Assembled> find(ArtifactStore store, String digest) throws IOException {
        if (!ArtifactStore.isDigest(digest)) {
            return Optional.empty();
        }
        Optional<String> ref = store.readRef(refName(digest));
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(ref.get(), Assembled.class));
        } catch (JsonProcessingException e) {
            throw new IOException("unreadable bundle layout " + digest + ": " + e.getOriginalMessage(), e);
        }
    }

    static void record(ArtifactStore store, Assembled assembled) throws IOException {
        store.writeRef(refName(assembled.digest()), JSON.writeValueAsString(assembled));
    }

    static void forget(ArtifactStore store, String digest) throws IOException {
        store.deleteRef(refName(digest));
    }

    private static String refName(String digest) {
        return "assembled/" + digest;
    }

    /** A bundle the store can write: its digest and size, and its layout. */
    public record Assembled(String digest, long sizeBytes, BundleLayout layout) {
        public void writeTo(ArtifactStore store, OutputStream out) throws IOException {
            BundleAssembly.writeTo(layout, store, out);
        }
    }
}

package com.phonesmith.images;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** Points images.store-dir and images.keys-dir at fresh temporary folders, removed when the tests end. */
public class TemporaryArtifactStore implements QuarkusTestResourceLifecycleManager {
    private Path dir;

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("phonesmith-artifacts-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("images.store-dir", dir.resolve("artifacts").toString(),
                "images.keys-dir", dir.resolve("signing-keys").toString());
    }

    @Override
    public void stop() {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}

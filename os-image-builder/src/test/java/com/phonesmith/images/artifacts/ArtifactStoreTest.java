package com.phonesmith.images.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactStoreTest {
    private static final byte[] CONTENT = "an image, more or less".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path root;

    @Test
    void aFileIsStoredUnderTheSha256OfItsContent() throws IOException {
        ArtifactStore store = new ArtifactStore(root);

        StoredArtifact artifact = store.write(out -> out.write(CONTENT));

        String digest = ArtifactStore.sha256Hex(CONTENT);
        assertThat(artifact.digest()).isEqualTo(digest);
        assertThat(artifact.sizeBytes()).isEqualTo(CONTENT.length);
        assertThat(artifact.path()).isEqualTo(root.resolve(digest.substring(0, 2)).resolve(digest + ".img"));
        assertThat(Files.readAllBytes(artifact.path())).isEqualTo(CONTENT);
    }

    @Test
    void storingTheSameContentTwiceGivesTheSameFile() throws IOException {
        ArtifactStore store = new ArtifactStore(root);

        StoredArtifact first = store.write(out -> out.write(CONTENT));
        StoredArtifact second = store.write(out -> out.write(CONTENT));

        assertThat(second).isEqualTo(first);
        assertThat(Files.readAllBytes(second.path())).isEqualTo(CONTENT);
    }

    @Test
    void noTemporaryFileIsLeftBehindAfterAWrite() throws IOException {
        new ArtifactStore(root).write(out -> out.write(CONTENT));

        try (Stream<Path> temps = Files.list(root.resolve("tmp"))) {
            assertThat(temps).isEmpty();
        }
    }

    @Test
    void aFailedWriteLeavesNothingInTheStore() throws IOException {
        ArtifactStore store = new ArtifactStore(root);

        assertThatThrownBy(() -> store.write(out -> {
            out.write(CONTENT);
            throw new IOException("disk full");
        })).hasMessage("disk full");

        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void anArtifactIsFoundByItsDigestOnly() throws IOException {
        ArtifactStore store = new ArtifactStore(root);
        StoredArtifact artifact = store.write(out -> out.write(CONTENT));

        assertThat(store.find(artifact.digest())).contains(artifact);
        assertThat(store.find(ArtifactStore.sha256Hex(new byte[] {1}))).isEmpty();
        assertThat(store.find(artifact.digest().toUpperCase())).isEmpty();
        assertThat(store.find("../../etc/passwd")).isEmpty();
    }

    @Test
    void onlySixtyFourLowercaseHexCharactersAreADigest() {
        assertThat(ArtifactStore.isDigest("a".repeat(64))).isTrue();
        assertThat(ArtifactStore.isDigest("A".repeat(64))).isFalse();
        assertThat(ArtifactStore.isDigest("a".repeat(63))).isFalse();
        assertThat(ArtifactStore.isDigest("g".repeat(64))).isFalse();
        assertThat(ArtifactStore.isDigest(null)).isFalse();
    }
}

package com.phonesmith.factory.flashing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phonesmith.factory.support.ArtifactServer;
import com.phonesmith.factory.support.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactDownloaderTest {
    @TempDir
    Path dir;
    ArtifactServer server;
    ArtifactDownloader downloader = new ArtifactDownloader(Duration.ofSeconds(10), Optional::empty, () -> { });

    @BeforeEach
    void startServer() throws IOException {
        server = ArtifactServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void theImageLandsInTheFileWithTheDigestOfWhatWasReceived() throws Exception {
        byte[] image = TestImages.image("order-1", "lumo-one", "fp", 300_000);
        String url = server.serve("/images/a.img", image);

        DownloadedArtifact artifact = downloader.download(url, dir.resolve("a.img"));

        assertThat(Files.readAllBytes(artifact.file())).isEqualTo(image);
        assertThat(artifact.sizeBytes()).isEqualTo(image.length);
        assertThat(artifact.sha256()).isEqualTo(TestImages.sha256(image));
    }

    @Test
    void theDownloadCarriesTheServicesTokenAndARefusedTokenIsDropped() throws Exception {
        byte[] image = TestImages.image("order-2", "lumo-one", "fp", 1000);
        String url = server.serve("/images/secured.img", image);
        server.requireAuthorization("Bearer good");
        List<String> refusals = new ArrayList<>();

        DownloadedArtifact artifact = new ArtifactDownloader(Duration.ofSeconds(10), () -> Optional.of("Bearer good"),
                () -> refusals.add("refused")).download(url, dir.resolve("secured.img"));
        assertThat(artifact.sizeBytes()).isEqualTo(image.length);
        assertThat(refusals).isEmpty();

        assertThatThrownBy(() -> new ArtifactDownloader(Duration.ofSeconds(10), () -> Optional.of("Bearer stale"),
                () -> refusals.add("refused")).download(url, dir.resolve("refused.img")))
                .isInstanceOfSatisfying(FlashStepException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.getMessage()).isEqualTo("HTTP 401 from " + url);
                });
        assertThat(refusals).containsExactly("refused");
    }

    @Test
    void aMissingImageIsARetryableDownloadFailureNamingTheStatus() {
        String url = server.urlOf("/images/missing.img");

        assertThatThrownBy(() -> downloader.download(url, dir.resolve("b.img")))
                .isInstanceOfSatisfying(FlashStepException.class, e -> {
                    assertThat(e.step()).isEqualTo("download");
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.getMessage()).isEqualTo("HTTP 404 from " + url);
                });
    }

    @Test
    void aUrlThatIsNotHttpIsNotRetried() {
        assertThatThrownBy(() -> downloader.download("file:///etc/passwd", dir.resolve("c.img")))
                .isInstanceOfSatisfying(FlashStepException.class, e -> assertThat(e.retryable()).isFalse());
    }
}

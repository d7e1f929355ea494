package com.phonesmith.factory.flashing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phonesmith.factory.support.ArtifactServer;
import com.phonesmith.factory.support.Bundles;
import com.phonesmith.handset.fixtures.TestBundles;
import java.io.IOException;
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
    void theBundleLandsInTheFileWithTheDigestOfWhatWasReceived() throws Exception {
        TestBundles.Bundle bundle = Bundles.make("lumo-one", "fp");
        String url = server.serve("/bundles/a.zip", Bundles.bytes(bundle));

        DownloadedArtifact artifact = downloader.download(url, dir.resolve("a.zip"));

        assertThat(artifact.file()).hasSameBinaryContentAs(bundle.file());
        assertThat(artifact.sizeBytes()).isEqualTo(bundle.sizeBytes());
        assertThat(artifact.sha256()).isEqualTo(bundle.sha256());
    }

    @Test
    void theDownloadCarriesTheServicesTokenAndARefusedTokenIsDropped() throws Exception {
        byte[] bundle = Bundles.bytes(Bundles.make("lumo-one", "fp"));
        String url = server.serve("/bundles/secured.zip", bundle);
        server.requireAuthorization("Bearer good");
        List<String> refusals = new ArrayList<>();

        DownloadedArtifact artifact = new ArtifactDownloader(Duration.ofSeconds(10), () -> Optional.of("Bearer good"),
                () -> refusals.add("refused")).download(url, dir.resolve("secured.zip"));
        assertThat(artifact.sizeBytes()).isEqualTo(bundle.length);
        assertThat(refusals).isEmpty();

        assertThatThrownBy(() -> new ArtifactDownloader(Duration.ofSeconds(10), () -> Optional.of("Bearer stale"),
                () -> refusals.add("refused")).download(url, dir.resolve("refused.zip")))
                .isInstanceOfSatisfying(FlashStepException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.getMessage()).isEqualTo("HTTP 401 from " + url);
                });
        assertThat(refusals).containsExactly("refused");
    }

    @Test
    void aMissingImageIsARetryableDownloadFailureNamingTheStatus() {
        String url = server.urlOf("/bundles/missing.zip");

        assertThatThrownBy(() -> downloader.download(url, dir.resolve("b.zip")))
                .isInstanceOfSatisfying(FlashStepException.class, e -> {
                    assertThat(e.step()).isEqualTo("download");
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.getMessage()).isEqualTo("HTTP 404 from " + url);
                });
    }

    @Test
    void aUrlThatIsNotHttpIsNotRetried() {
        assertThatThrownBy(() -> downloader.download("file:///etc/passwd", dir.resolve("c.zip")))
                .isInstanceOfSatisfying(FlashStepException.class, e -> assertThat(e.retryable()).isFalse());
    }
}

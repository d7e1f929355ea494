package com.phonesmith.factory.flashing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Downloads a factory bundle over HTTP(S) to a file, computing its SHA-256 on the way. Calls carry this service's own
 * bearer token (role {@code service}) when it has one.
 */
public final class ArtifactDownloader {
    private final HttpClient http;
    private final Duration timeout;
    private final Supplier<Optional<String>> authorization;
    private final Runnable authorizationRefused;

    /**
     * @param authorization        the Authorization header to send, or empty to send none
     * @param authorizationRefused called when the server answers 401, so that the next attempt gets a new token
     */
    public ArtifactDownloader(Duration timeout, Supplier<Optional<String>> authorization,
            Runnable authorizationRefused) {
        this.timeout = timeout;
        this.authorization = authorization;
        this.authorizationRefused = authorizationRefused;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout.compareTo(Duration.ofSeconds(30)) < 0 ? timeout : Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NORMAL)
                // images are big single streams: HTTP/2 brings nothing, and an h2c upgrade costs a round trip
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public DownloadedArtifact download(String url, Path target) throws FlashStepException {
        URI uri = parse(url);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET();
        try {
            authorization.get().ifPresent(header -> request.header("Authorization", header));
        } catch (RuntimeException e) {
            throw FlashStepException.retryable(FlashStepException.DOWNLOAD, "no token to download " + url + ": "
                    + e.getMessage());
        }
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() == 401) {
                    authorizationRefused.run();
                }
                if (response.statusCode() != 200) {
                    throw FlashStepException.retryable(FlashStepException.DOWNLOAD,
                            "HTTP " + response.statusCode() + " from " + url);
                }
                MessageDigest sha256 = sha256();
                long size;
                try (InputStream in = new DigestInputStream(body, sha256);
                        OutputStream out = Files.newOutputStream(target)) {
                    size = in.transferTo(out);
                }
                return new DownloadedArtifact(target, size, HexFormat.of().formatHex(sha256.digest()));
            }
        } catch (IOException e) {
            throw FlashStepException.retryable(FlashStepException.DOWNLOAD, "download from " + url + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FlashStepException.retryable(FlashStepException.DOWNLOAD, "download from " + url + " interrupted");
        }
    }

    private static URI parse(String url) throws FlashStepException {
        try {
            URI uri = new URI(url);
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw FlashStepException.permanent(FlashStepException.DOWNLOAD, "image URL " + url + " is not an http(s) URL");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

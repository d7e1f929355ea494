package com.phonesmith.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client credentials grant against a token endpoint played by a tiny HTTP server. */
class ServiceTokensTest {
    private HttpServer server;
    private final List<String> requests = new ArrayList<>();
    private int issued;
    private Instant now = Instant.parse("2026-12-01T10:00:00Z");

    @BeforeEach
    void startTokenEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/oauth/token", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String basic = exchange.getRequestHeaders().getFirst("Authorization");
            requests.add(basic + " " + body);
            boolean good = ("Basic " + Base64.getEncoder().encodeToString("factory:s3cret%2B".getBytes()))
                    .equals(basic) && body.equals("grant_type=client_credentials");
            byte[] answer = (good ? "{\"access_token\":\"token-" + ++issued + "\",\"token_type\":\"Bearer\","
                    + "\"expires_in\":300}" : "{\"error\":\"invalid_client\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(good ? 200 : 401, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aTokenIsFetchedOnceAndReusedUntilAMinuteBeforeItExpires() {
        ServiceTokens tokens = tokens("factory", "s3cret+");

        assertThat(tokens.authorization()).contains("Bearer token-1");
        now = now.plus(Duration.ofSeconds(239));
        assertThat(tokens.authorization()).contains("Bearer token-1");
        now = now.plus(Duration.ofSeconds(1));
        assertThat(tokens.authorization()).contains("Bearer token-2");
        assertThat(requests).hasSize(2);
    }

    @Test
    void anInvalidatedTokenIsReplacedAtTheNextCall() {
        ServiceTokens tokens = tokens("factory", "s3cret+");
        tokens.authorization();

        tokens.invalidate();

        assertThat(tokens.authorization()).contains("Bearer token-2");
    }

    @Test
    void refusedCredentialsAreAClearError() {
        assertThatThrownBy(() -> tokens("factory", "wrong").authorization())
                .isInstanceOf(ServiceTokenException.class)
                .hasMessageContaining("refused client factory with HTTP 401");
    }

    @Test
    void aServiceWithoutCredentialsSendsNoToken() {
        ServiceTokens tokens = new ServiceTokens(config(Optional.empty(), "", ""), clock());

        assertThat(tokens.configured()).isFalse();
        assertThat(tokens.authorization()).isEmpty();
    }

    private ServiceTokens tokens(String id, String secret) {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oauth/token");
        return new ServiceTokens(config(Optional.of(url), id, secret), clock());
    }

    private Clock clock() {
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    private static ServiceCredentialsConfig config(Optional<URI> url, String id, String secret) {
        return new ServiceCredentialsConfig() {
            @Override
            public String tokenUrl() {
                return url.map(URI::toString).orElse(ServiceCredentialsConfig.NONE);
            }

            @Override
            public String clientId() {
                return id;
            }

            @Override
            public String clientSecret() {
                return secret;
            }
        };
    }
}

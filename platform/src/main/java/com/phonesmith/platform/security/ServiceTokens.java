package com.phonesmith.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * This service's own bearer token for calls to other services, from the client credentials grant
 * ({@link ServiceCredentialsConfig}). A token is reused until a minute before it expires, so a busy service
 * asks for one every few minutes, not per call.
 */
@ApplicationScoped
public class ServiceTokens {
    static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<URI> tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;
    private Instant renewAt = Instant.MIN;

    public ServiceTokens(ServiceCredentialsConfig config, Clock clock) {
        this.tokenUrl = given(config.tokenUrl()) ? Optional.of(URI.create(config.tokenUrl().trim())) : Optional.empty();
        this.clientId = given(config.clientId()) ? config.clientId() : "";
        this.clientSecret = given(config.clientSecret()) ? config.clientSecret() : "";
        this.clock = clock;
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank() && !ServiceCredentialsConfig.NONE.equals(value.trim());
    }

    /** Whether this service has credentials to call others with. */
    public boolean configured() {
        return tokenUrl.isPresent() && !clientId.isEmpty() && !clientSecret.isEmpty();
    }

    /**
     * The {@code Authorization} header value for a call to another service, or empty when this service has no
     * credentials configured.
     *
     * @throws ServiceTokenException when the token endpoint refuses the credentials or cannot be reached
     */
    public synchronized Optional<String> authorization() {
        if (!configured()) {
            return Optional.empty();
        }
        if (token == null || !clock.instant().isBefore(renewAt)) {
            fetch();
        }
        return Optional.of("Bearer " + token);
    }

    /** Forgets the cached token, e.g. after a call was refused with 401. */
    public synchronized void invalidate() {
        token = null;
    }

    private void fetch() {
        String basic = Base64.getEncoder().encodeToString((encode(clientId) + ":" + encode(clientSecret))
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(tokenUrl.orElseThrow()).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ServiceTokenException("the token endpoint " + tokenUrl.get() + " cannot be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceTokenException("interrupted while asking " + tokenUrl.get() + " for a token", e);
        }
        if (response.statusCode() != 200) {
            throw new ServiceTokenException("the token endpoint " + tokenUrl.get() + " refused client " + clientId
                    + " with HTTP " + response.statusCode(), null);
        }
        try {
            JsonNode answer = JSON.readTree(response.body());
            String accessToken = answer.path("access_token").asText("");
            long expiresIn = answer.path("expires_in").asLong(0);
            if (accessToken.isEmpty() || expiresIn <= 0) {
                throw new ServiceTokenException("the token endpoint answered without access_token or expires_in", null);
            }
            token = accessToken;
            Duration life = Duration.ofSeconds(expiresIn);
            renewAt = clock.instant().plus(life.compareTo(RENEW_BEFORE_EXPIRY.multipliedBy(2)) > 0
                    ? life.minus(RENEW_BEFORE_EXPIRY) : life.dividedBy(2));
        } catch (IOException e) {
            throw new ServiceTokenException("the token endpoint's answer is not JSON", e);
        }
    }

    /** RFC 6749 section 2.3.1: client id and secret are form-encoded before they go into the Basic header. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package com.phonesmith.web.backend;

import com.phonesmith.web.WebConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Builds the typed REST clients with the base URL and timeouts from {@link WebConfig}. */
final class RestClients {
    private RestClients() {
    }

    static <T> T build(Class<T> api, URI baseUri, WebConfig config) {
        return build(api, baseUri, config, config.readTimeout());
    }

    /** For an answer that streams: {@code longestSilence} between two of its events ends it. */
    static <T> T build(Class<T> api, URI baseUri, WebConfig config, Duration longestSilence) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(baseUri)
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(longestSilence.toMillis(), TimeUnit.MILLISECONDS)
                .build(api);
    }
}

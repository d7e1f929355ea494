package com.phonesmith.configurator.promise;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks factory-adapter for the earliest delivery of a variant ({@code GET /api/promise}, public). The whole exchange,
 * connection and answer, must fit in the timeout; anything but a 200 JSON answer of a sane size is no answer.
 */
final class FactoryClient {
    static final int MAX_ANSWER_BYTES = 16 * 1024;

    private final String base;
    private final Duration timeout;
    private final HttpClient http;

    FactoryClient(URI factoryUrl, Duration timeout) {
        String url = factoryUrl.toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    FactoryAnswer ask(VariantCode variant) throws FactoryException {
        URI uri = URI.create(base + "/api/promise?model=" + encode(variant.model()) + "&colour="
                + encode(variant.colour()) + "&storageGb=" + variant.storageGb());
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json")
                .GET().build();
        CompletableFuture<HttpResponse<byte[]>> exchange = http.sendAsync(request,
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> response;
        try {
            response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new FactoryException("no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            // the request's own timeout can fire a moment before the wait above gives up: the same late answer
            if (cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException)) {
                throw new FactoryException("no answer within " + timeout.toMillis() + " ms");
            }
            throw new FactoryException("cannot be reached: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.cancel(true);
            throw new FactoryException("interrupted while waiting", e);
        }
        if (response.statusCode() != 200) {
            throw new FactoryException("answered HTTP " + response.statusCode());
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new FactoryException("answered " + (type.isEmpty() ? "no content type" : type) + ", not JSON");
        }
        if (response.body().length > MAX_ANSWER_BYTES) {
            throw new FactoryException("answered " + response.body().length + " bytes, more than a promise takes");
        }
        return FactoryAnswer.parse(new String(response.body(), StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

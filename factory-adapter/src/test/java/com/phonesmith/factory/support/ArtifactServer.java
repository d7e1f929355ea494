package com.phonesmith.factory.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A tiny HTTP server (JDK) that serves factory bundles from memory, standing in for os-image-builder's artifacts. */
public final class ArtifactServer implements AutoCloseable {
    private static ArtifactServer shared;

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private volatile String requiredAuthorization;

    private ArtifactServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "artifact-server");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            byte[] body = files.get(path);
            try (exchange) {
                String required = requiredAuthorization;
                if (required != null && !required.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    exchange.sendResponseHeaders(401, -1);
                    return;
                }
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    /** One server for the whole test JVM. */
    public static synchronized ArtifactServer shared() {
        if (shared == null) {
            try {
                shared = new ArtifactServer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    public static ArtifactServer start() throws IOException {
        return new ArtifactServer();
    }

    /** Serves the bytes at path and returns the URL. */
    public String serve(String path, byte[] bytes) {
        files.put(path, bytes.clone());
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** From now on, answers 401 to a request without exactly this Authorization header (as os-image-builder does). */
    public void requireAuthorization(String header) {
        requiredAuthorization = header;
    }

    public String urlOf(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** How many GET requests reached path. */
    public int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package com.phonesmith.web.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A tiny HTTP server (JDK {@code com.sun.net.httpserver}) on a fixed loopback port that plays a backend:
 * it answers GET requests with the canned JSON set for each path, and 404 problem+json for other paths.
 * {@link #outage()} closes the port until the returned handle is closed, so the backend is really down.
 */
public final class FakeBackend {
    private record Reply(int status, String contentType, String body) {
    }

    private final String name;
    private final int port;
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private HttpServer server;
    private ExecutorService executor;

    FakeBackend(String name, int port) {
        this.name = name;
        this.port = port;
    }

    public String name() {
        return name;
    }

    /** Answers {@code GET path} with 200 and this JSON. */
    public void json(String path, String json) {
        replies.put(path, new Reply(200, "application/json", json));
    }

    /** Answers {@code GET path} with this status, content type and body. */
    public void answer(String path, int status, String contentType, String body) {
        replies.put(path, new Reply(status, contentType, body));
    }

    /** Answers {@code GET path} with 404 problem+json again. */
    public void forget(String path) {
        replies.remove(path);
    }

    /** Closes the port until the handle is closed. */
    public synchronized Outage outage() {
        stop();
        return this::start;
    }

    /** A backend outage in progress; closing it brings the backend back. */
    public interface Outage extends AutoCloseable {
        @Override
        void close();
    }

    synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("fake " + name + " cannot listen on port " + port, e);
        }
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "fake-" + name);
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            Reply reply = "GET".equals(exchange.getRequestMethod()) ? replies.get(path) : null;
            if (reply == null) {
                reply = new Reply(404, "application/problem+json", """
                        {"type":"https://phonesmith.example/problems/404","title":"Not Found","status":404,\
                        "detail":"%s does not know %s"}""".formatted(name, path));
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}

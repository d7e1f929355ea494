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
import java.util.function.Function;

/**
 * A tiny HTTP server (JDK {@code com.sun.net.httpserver}) on a fixed loopback port that plays a backend:
 * it answers requests with the canned answer set for each method and path, and 404 problem+json for other
 * paths. A GET answer set for a path with a query ({@code /api/work-orders?imei=1}) answers only that query and
 * comes before one set for the bare path, which answers any query. It remembers the last request to each path (headers and body), so tests can check the credentials web
 * sent; {@link #whenPosted} changes its answers as the real backend would after a POST, and {@link #respond} plays
 * a rule of the real backend (an answer worked out from the request). {@link #outage()} closes
 * the port until the returned handle is closed, so the backend is really down. A GET of {@code X/stream} plays
 * order-workflow's live timeline of {@code X} (server-sent events): the answer set for {@code X} as an event
 * {@code timeline} at once and again whenever a test sets another one, a heartbeat comment in between; an answer
 * for {@code X} that is not 200 is the stream's answer.
 */
public final class FakeBackend {
    private record Reply(int status, String contentType, String body, Map<String, String> headers) {
        Reply(int status, String contentType, String body) {
            this(status, contentType, body, Map.of());
        }
    }

    /** An answer worked out for the request, by a {@link #respond} handler. */
    public record Answer(int status, String contentType, String body) {
        public static Answer json(int status, String body) {
            return new Answer(status, "application/json", body);
        }

        public static Answer problem(int status, String body) {
            return new Answer(status, "application/problem+json", body);
        }
    }

    /** A request as the fake received it. */
    public record Received(String method, String pathAndQuery, Map<String, String> headers, String body) {
        /** A header's value, by its name in any case; null when absent. */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }

    private static final String STREAM = "/stream";

    private final String name;
    private final int port;
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final Map<String, Received> received = new ConcurrentHashMap<>();
    private final Map<String, Runnable> afterPosts = new ConcurrentHashMap<>();
    private final Map<String, Function<Received, Answer>> handlers = new ConcurrentHashMap<>();
    private final Object changes = new Object();
    private long version;
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
        handlers.remove("GET " + path);
        changed();
    }

    /** Answers {@code GET path} with this status, content type and body. */
    public void answer(String path, int status, String contentType, String body) {
        replies.put(path, new Reply(status, contentType, body));
        handlers.remove("GET " + path);
        changed();
    }

    /** Answers {@code POST path} with this status, JSON body and headers. */
    public void answerPost(String path, int status, String contentType, String body, Map<String, String> headers) {
        replies.put("POST " + path, new Reply(status, contentType, body, headers));
        handlers.remove("POST " + path);
    }

    /** Runs this (e.g. sets other answers) on each {@code POST path}, before answering it. */
    public void whenPosted(String path, Runnable effect) {
        afterPosts.put(path, effect);
    }

    /**
     * Answers {@code method path} with what the handler works out from the request (its credentials, its body), as
     * the real backend would: for the fakes that play rules, not canned answers. Comes before any canned answer.
     */
    public void respond(String method, String path, Function<Received, Answer> handler) {
        handlers.put(method + " " + path, handler);
    }

    /** Drops the handler {@link #respond} set for {@code method path}: its canned answer (or 404) again. */
    public void forgetResponder(String method, String path) {
        handlers.remove(method + " " + path);
    }

    /** Answers {@code GET path} with 404 problem+json again. */
    public void forget(String path) {
        replies.remove(path);
        handlers.remove("GET " + path);
        changed();
    }

    /** The last request to this path (any method), or null. */
    public Received lastRequest(String path) {
        return received.get(path);
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
        // a live stream holds its thread while it is open
        executor = Executors.newFixedThreadPool(32, r -> {
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

    private void changed() {
        synchronized (changes) {
            version++;
            changes.notifyAll();
        }
    }

    /** The path whose live stream a GET of this path asks for, or null. */
    private static String streamedPath(String method, String path) {
        return "GET".equals(method) && path.endsWith(STREAM) ? path.substring(0, path.length() - STREAM.length())
                : null;
    }

    /** The answer to a GET of the path now: a handler's for this request, else the canned one. */
    private Reply currentGet(String path, Received request) {
        Function<Received, Answer> handler = handlers.get("GET " + path);
        if (handler == null) {
            return replies.get(path);
        }
        Answer answer = handler.apply(request);
        return new Reply(answer.status(), answer.contentType(), answer.body());
    }

    /**
     * Until the client goes away: the answer for the path whenever it changes (at once after a test sets another,
     * within a second when a handler's state changed), a heartbeat every second.
     */
    private void stream(HttpExchange exchange, String path, Received request) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        String sent = null;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                long seen;
                synchronized (changes) {
                    seen = version;
                }
                Reply now = currentGet(path, request);
                String event = now != null && now.status() == 200 && !now.body().equals(sent)
                        ? "event: timeline\ndata: " + now.body() + "\n\n" : ": heartbeat\n\n";
                out.write(event.getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (now != null && event.startsWith("event:")) {
                    sent = now.body();
                }
                synchronized (changes) {
                    if (version == seen) {
                        changes.wait(1000);
                    }
                }
            }
        } catch (IOException clientGone) {
            // the stream ends with its reader
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private Reply getReply(String path, String query) {
        Reply forQuery = query == null ? null : replies.get(path + "?" + query);
        return forQuery != null ? forQuery : replies.get(path);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
            String requestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Received request = new Received(exchange.getRequestMethod(), path + (query == null ? "" : "?" + query),
                    Map.copyOf(headers), requestBody);
            received.put(path, request);
            if ("POST".equals(exchange.getRequestMethod())) {
                afterPosts.getOrDefault(path, () -> { }).run();
                changed();
            }
            Function<Received, Answer> handler = handlers.get(exchange.getRequestMethod() + " " + path);
            Reply reply;
            String streamed = streamedPath(exchange.getRequestMethod(), path);
            if (handler == null && streamed != null) {
                Reply now = currentGet(streamed, request);
                if (now != null && now.status() == 200) {
                    stream(exchange, streamed, request);
                    return;
                }
                reply = now;
            } else if (handler != null) {
                Answer answer = handler.apply(request);
                reply = new Reply(answer.status(), answer.contentType(), answer.body());
            } else {
                reply = "GET".equals(exchange.getRequestMethod()) ? getReply(path, query)
                        : replies.get(exchange.getRequestMethod() + " " + path);
            }
            if (reply == null) {
                reply = new Reply(404, "application/problem+json", """
                        {"type":"https://phonesmith.example/problems/404","title":"Not Found","status":404,\
                        "detail":"%s does not know %s"}""".formatted(name, path));
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}

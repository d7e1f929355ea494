package com.phonesmith.configurator.promise;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * factory-adapter's {@code GET /api/promise} as played in tests: a JDK HTTP server on loopback that answers what the
 * test set, possibly late, and counts and remembers what it was asked. On port 0 for the plain tests; on the port
 * {@link FakeFactoryResource} gave the service for the {@code @QuarkusTest}s ({@link #forService()}, started on first
 * use, so that a test that never sets an answer finds the factory down).
 */
public final class FakeFactory implements AutoCloseable {
    private static FakeFactory forService;

    private record Reply(int status, String contentType, String body, Duration delay) {
    }

    /** 0 until the first start chose a port; the same port after an outage. */
    private int port;
    private final AtomicInteger asked = new AtomicInteger();
    private volatile Reply reply = new Reply(404, "application/problem+json", "{\"status\":404}", Duration.ZERO);
    private volatile String lastQuery;
    private HttpServer server;
    private ExecutorService executor;

    private FakeFactory(int port) {
        this.port = port;
    }

    /** A fake on a free port, started. */
    public static FakeFactory start() {
        FakeFactory factory = new FakeFactory(0);
        factory.listen();
        return factory;
    }

    /** The fake the service under test asks (its URL came from {@link FakeFactoryResource}), started. */
    public static synchronized FakeFactory forService() {
        if (forService == null) {
            forService = new FakeFactory(FakeFactoryResource.port());
            Runtime.getRuntime().addShutdownHook(new Thread(forService::close, "fake-factory-stop"));
        }
        forService.listen();
        return forService;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Answers 200 with this JSON. */
    public FakeFactory promise(String json) {
        return answer(200, "application/json", json, Duration.ZERO);
    }

    /** Answers the variant as promisable, shipping and delivered on these days (yyyy-mm-dd). */
    public FakeFactory promise(String model, String colour, int storageGb, String shipDate, String deliveryDate) {
        return promise(answerJson(model, colour, storageGb, true, shipDate, deliveryDate, null));
    }

    public FakeFactory answer(int status, String contentType, String body, Duration delay) {
        reply = new Reply(status, contentType, body, delay);
        return this;
    }

    /** The JSON of an answer of factory-adapter (dates and reason may be null). */
    public static String answerJson(String model, String colour, int storageGb, boolean promisable, String shipDate,
            String deliveryDate, String reason) {
        return ("{\"model\":\"%s\",\"colour\":\"%s\",\"storageGb\":%d,\"promisable\":%s,"
                + "\"shipDate\":%s,\"deliveryDate\":%s,\"reason\":%s}").formatted(model, colour, storageGb,
                promisable, quoted(shipDate), quoted(deliveryDate), quoted(reason));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    public int asked() {
        return asked.get();
    }

    /** The query of the last request, as sent (encoded); null before the first. */
    public String lastQuery() {
        return lastQuery;
    }

    /** Closes the port until the returned outage is closed: the factory is down. */
    public synchronized Outage outage() {
        close();
        return this::listen;
    }

    /** A factory outage in progress; closing it brings the factory back. */
    public interface Outage extends AutoCloseable {
        @Override
        void close();
    }

    synchronized void listen() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("the fake factory cannot listen on port " + port, e);
        }
        executor = Executors.newFixedThreadPool(8, r -> {
            Thread thread = new Thread(r, "fake-factory");
            thread.setDaemon(true);
            return thread;
        });
        port = server.getAddress().getPort();
        server.setExecutor(executor);
        server.createContext("/api/promise", this::handle);
        server.start();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            asked.incrementAndGet();
            lastQuery = exchange.getRequestURI().getRawQuery();
            Reply answer = reply;
            if (!answer.delay().isZero()) {
                try {
                    Thread.sleep(answer.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException closedByTheClient) {
            // the service gave up waiting: nothing to answer
        }
    }
}

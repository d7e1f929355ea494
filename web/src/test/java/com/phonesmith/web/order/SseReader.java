package com.phonesmith.web.order;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Reads a stream of server-sent events as a browser's EventSource does: each event with its name and its data (data
 * lines joined by newlines); comments are skipped. {@link #next} waits for the next event with a bound.
 */
final class SseReader implements AutoCloseable {
    /** An event; {@link #END} when the stream ended. */
    record Event(String name, String data) {
    }

    static final Event END = new Event("", "");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final HttpResponse<Stream<String>> response;
    private final Thread reader;

    private SseReader(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(this::read, "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the stream; its status and headers are there at once, its events come with {@link #next}. */
    static SseReader open(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(30)).build();
        return new SseReader(HTTP.send(request, HttpResponse.BodyHandlers.ofLines()));
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The next event, {@link #END} once the stream ended; fails when none came within the bound. */
    Event next(Duration bound) throws InterruptedException {
        Event event = events.poll(bound.toMillis(), TimeUnit.MILLISECONDS);
        if (event == null) {
            throw new AssertionError("no event within " + bound);
        }
        return event;
    }

    private void read() {
        String name = "message";
        StringBuilder data = null;
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(name, data.toString()));
                    }
                    name = "message";
                    data = null;
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    String value = line.substring(5);
                    value = value.startsWith(" ") ? value.substring(1) : value;
                    data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                }
            }
        } catch (RuntimeException closed) {
            // the test closed the stream
        } finally {
            events.add(END);
        }
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
    }
}

package com.phonesmith.workflow.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A client of a server-sent event stream, as a browser's EventSource reads it: the answer's status and headers, then
 * what arrives, line by line, parsed into events and comments. Lines are pushed to it (nothing blocks on the
 * connection), and {@link #close()} hangs up.
 */
public final class LiveStream implements AutoCloseable {
    /** An event ({@code event:} and {@code data:} lines up to a blank line). */
    public record Event(String name, String data) {
    }

    /** A comment line ({@code :text}), as a heartbeat is sent. */
    public record Comment(String text) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(60);

    private final HttpResponse.ResponseInfo answer;
    private final BlockingQueue<Object> received;
    private final List<String> lines;
    private final CompletableFuture<Flow.Subscription> subscription;

    private LiveStream(HttpResponse.ResponseInfo answer, BlockingQueue<Object> received, List<String> lines,
            CompletableFuture<Flow.Subscription> subscription) {
        this.answer = answer;
        this.received = received;
        this.lines = lines;
        this.subscription = subscription;
    }

    /** Opens {@code uri} with {@code Accept: text/event-stream} and these headers; returns once the status came. */
    public static LiveStream open(URI uri, Map<String, String> headers) {
        BlockingQueue<Object> received = new LinkedBlockingQueue<>();
        List<String> lines = new ArrayList<>();
        CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();
        CompletableFuture<HttpResponse.ResponseInfo> answer = new CompletableFuture<>();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
                .timeout(ANSWER_WITHIN).GET();
        headers.forEach(request::header);
        HttpResponse.BodyHandler<Void> handler = info -> {
            answer.complete(info);
            return HttpResponse.BodySubscribers.fromLineSubscriber(new Parser(received, lines, subscription));
        };
        CompletableFuture<HttpResponse<Void>> whole = HTTP.sendAsync(request.build(), handler);
        whole.whenComplete((response, failure) -> {
            if (failure != null) {
                answer.completeExceptionally(failure);
            }
        });
        try {
            return new LiveStream(answer.get(ANSWER_WITHIN.toSeconds(), TimeUnit.SECONDS), received, lines,
                    subscription);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("no answer from " + uri + " within " + ANSWER_WITHIN, e);
        }
    }

    public int status() {
        return answer.statusCode();
    }

    public String header(String name) {
        return answer.headers().firstValue(name).orElse(null);
    }

    /** The whole body of an answer that is not a stream (a problem), read until the server ended it. */
    public String body(Duration within) {
        long end = System.nanoTime() + within.toNanos();
        while (true) {
            Object next = poll(end);
            if (next == END) {
                return String.join("\n", lines());
            }
            if (next == null) {
                throw new AssertionError("the body did not end within " + within + ": " + lines());
            }
        }
    }

    /** The next event of that name, skipping comments and other events; fails after {@code within}. */
    public Event next(String name, Duration within) {
        return nextEvent(e -> name.equals(e.name()), within, "an event '" + name + "'");
    }

    /** The next event of that name that matches, skipping others; fails after {@code within}. */
    public Event next(String name, Predicate<Event> matching, Duration within) {
        return nextEvent(e -> name.equals(e.name()) && matching.test(e), within, "a matching event '" + name + "'");
    }

    /** The next comment, skipping events; fails after {@code within}. */
    public Comment nextComment(Duration within) {
        long end = System.nanoTime() + within.toNanos();
        while (true) {
            Object next = poll(end);
            if (next instanceof Comment comment) {
                return comment;
            }
            failIfOver(next, within, "a comment");
        }
    }

    /** Every line received so far, as sent. */
    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** Hangs up, as a browser leaving the page does. */
    @Override
    public void close() {
        subscription.thenAccept(Flow.Subscription::cancel);
    }

    private Event nextEvent(Predicate<Event> wanted, Duration within, String what) {
        long end = System.nanoTime() + within.toNanos();
        while (true) {
            Object next = poll(end);
            if (next instanceof Event event && wanted.test(event)) {
                return event;
            }
            failIfOver(next, within, what);
        }
    }

    private void failIfOver(Object next, Duration within, String what) {
        if (next == null) {
            throw new AssertionError("no " + what + " within " + within + "; lines so far: " + lines());
        }
        if (next == END) {
            throw new AssertionError("the stream ended before " + what + "; lines: " + lines());
        }
    }

    private Object poll(long endNanos) {
        try {
            return received.poll(Math.max(0, endNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final Object END = new Object();

    /** Turns lines into events and comments (the parts of the SSE format the service sends). */
    private static final class Parser implements Flow.Subscriber<String> {
        private final BlockingQueue<Object> received;
        private final List<String> lines;
        private final CompletableFuture<Flow.Subscription> subscription;
        private String name;
        private StringBuilder data;

        Parser(BlockingQueue<Object> received, List<String> lines, CompletableFuture<Flow.Subscription> subscription) {
            this.received = received;
            this.lines = lines;
            this.subscription = subscription;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription.complete(subscription);
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            synchronized (lines) {
                lines.add(line);
            }
            if (line.isEmpty()) {
                if (name != null || data != null) {
                    received.add(new Event(name, data == null ? "" : data.toString()));
                }
                name = null;
                data = null;
            } else if (line.startsWith(":")) {
                received.add(new Comment(line.substring(1)));
            } else if (line.startsWith("event:")) {
                name = value(line);
            } else if (line.startsWith("data:")) {
                data = data == null ? new StringBuilder(value(line)) : data.append('\n').append(value(line));
            }
        }

        @Override
        public void onError(Throwable failure) {
            received.add(END);
        }

        @Override
        public void onComplete() {
            received.add(END);
        }

        private static String value(String line) {
            String value = line.substring(line.indexOf(':') + 1);
            return value.startsWith(" ") ? value.substring(1) : value;
        }
    }
}

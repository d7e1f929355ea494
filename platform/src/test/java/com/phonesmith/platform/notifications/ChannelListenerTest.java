package com.phonesmith.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChannelListenerTest {
    private static final Duration BOUND = Duration.ofSeconds(10);
    /** Put in a channel's queue: the connection breaks at that point. */
    private static final List<String> DROP = List.of("drop");

    /** A channel fed by the test: lists of payloads, or DROP. */
    private static final class FakeChannel implements ChannelListener.Channel {
        final BlockingQueue<List<String>> heard = new LinkedBlockingQueue<>();
        volatile boolean closed;

        @Override
        public List<String> poll(Duration timeout) throws Exception {
            List<String> next = heard.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (next == DROP) {
                throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
            }
            return next == null ? List.of() : next;
        }

        @Override
        public void check() {
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** What the listener told, in order: payloads, "listening" and "deaf". */
    private final List<String> told = new CopyOnWriteArrayList<>();
    private final ChannelListener.Hearing hearing = new ChannelListener.Hearing() {
        @Override
        public void heard(List<String> payloads) {
            told.addAll(payloads);
        }

        @Override
        public void listening() {
            told.add("listening");
        }

        @Override
        public void deaf() {
            told.add("deaf");
        }
    };
    private final BlockingQueue<FakeChannel> opened = new LinkedBlockingQueue<>();
    private final AtomicInteger refusals = new AtomicInteger();
    private volatile Thread listeningThread;
    private final ChannelListener listener = new ChannelListener("test changes", "test-listener", () -> {
        listeningThread = Thread.currentThread();
        if (refusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new SQLException("Connection refused", "08001");
        }
        FakeChannel channel = new FakeChannel();
        opened.add(channel);
        return channel;
    }, hearing, Duration.ofMillis(10), Duration.ofMillis(40));

    @AfterEach
    void stop() throws InterruptedException {
        listener.stop();
    }

    @Test
    void whatTheChannelHearsIsToldInOrderOnceListening() throws InterruptedException {
        listener.start();
        FakeChannel channel = opened.poll(BOUND.toSeconds(), TimeUnit.SECONDS);
        await().atMost(BOUND).until(() -> told.contains("listening"));

        channel.heard.add(List.of("a", "a", "c"));

        await().atMost(BOUND).until(() -> told.size() == 4);
        assertThat(told).containsExactly("listening", "a", "a", "c");
    }

    @Test
    void aDroppedConnectionIsOpenedAgainAfterAPauseAndTheHearingIsToldItMayHaveMissedSome()
            throws InterruptedException {
        listener.start();
        FakeChannel first = opened.poll(BOUND.toSeconds(), TimeUnit.SECONDS);
        await().atMost(BOUND).until(listener::listening);
        refusals.set(2); // the database is away for two more tries

        first.heard.add(DROP);

        FakeChannel second = opened.poll(BOUND.toSeconds(), TimeUnit.SECONDS);
        assertThat(second).isNotNull();
        assertThat(first.closed).isTrue();
        assertThat(refusals.get()).isZero();
        await().atMost(BOUND).until(listener::listening);
        second.heard.add(List.of("b"));
        await().atMost(BOUND).until(() -> told.contains("b"));
        // two refused tries are deaf too: the hearing is told each time nobody listens
        assertThat(told).containsExactly("listening", "deaf", "deaf", "deaf", "listening", "b");
    }

    @Test
    void stoppingEndsTheThreadAndClosesTheConnection() throws InterruptedException {
        listener.start();
        FakeChannel channel = opened.poll(BOUND.toSeconds(), TimeUnit.SECONDS);
        await().atMost(BOUND).until(listener::listening);

        listener.stop();

        assertThat(channel.closed).isTrue();
        assertThat(listener.listening()).isFalse();
        assertThat(told).endsWith("deaf");
        assertThat(listeningThread.getName()).isEqualTo("test-listener");
        assertThat(listeningThread.isAlive()).isFalse();
    }
}

package com.phonesmith.workflow.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChangeListenerTest {
    private static final Duration BOUND = Duration.ofSeconds(10);
    /** Put in a channel's queue: the connection breaks at that point. */
    private static final List<String> DROP = List.of("drop");

    /** A channel fed by the test: lists of order ids, or DROP. */
    private final class FakeChannel implements ChangeListener.Channel {
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

    private static final class Counter implements Followers.Follower {
        final AtomicInteger changes = new AtomicInteger();

        @Override
        public void changed() {
            changes.incrementAndGet();
        }

        @Override
        public void end() {
        }
    }

    private final Followers followers = new Followers(10);
    private final BlockingQueue<FakeChannel> opened = new LinkedBlockingQueue<>();
    private final AtomicInteger refusals = new AtomicInteger();
    private volatile Thread listening;
    private final ChangeListener listener = new ChangeListener(() -> {
        listening = Thread.currentThread();
        if (refusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new SQLException("Connection refused", "08001");
        }
        FakeChannel channel = new FakeChannel();
        opened.add(channel);
        return channel;
    }, followers, Duration.ofMillis(10), Duration.ofMillis(40));

    @AfterEach
    void stop() throws InterruptedException {
        listener.stop();
    }

    @Test
    void whatTheChannelHearsReachesTheFollowersOfThoseOrders() throws InterruptedException {
        Counter a = new Counter();
        Counter b = new Counter();
        followers.follow("order-a", a);
        followers.follow("order-b", b);
        listener.start();
        FakeChannel channel = opened.poll(BOUND.toSeconds(), TimeUnit.SECONDS);
        await().atMost(BOUND).until(() -> a.changes.get() == 1 && b.changes.get() == 1); // on connecting

        channel.heard.add(List.of("order-a", "order-a", "order-c"));

        await().atMost(BOUND).until(() -> a.changes.get() == 3);
        assertThat(b.changes.get()).isOne();
    }

    @Test
    void aDroppedConnectionIsOpenedAgainAfterAPauseAndEveryFollowerReadsAfresh() throws InterruptedException {
        Counter a = new Counter();
        followers.follow("order-a", a);
        listener.start();
        FakeChannel first = opened.poll(BOUND.toSeconds(), TimeUnit.SECONDS);
        await().atMost(BOUND).until(() -> a.changes.get() == 1);
        refusals.set(2); // the database is away for two more tries

        first.heard.add(DROP);

        FakeChannel second = opened.poll(BOUND.toSeconds(), TimeUnit.SECONDS);
        assertThat(second).isNotNull();
        assertThat(first.closed).isTrue();
        assertThat(refusals.get()).isZero();
        await().atMost(BOUND).until(() -> a.changes.get() == 2);
        await().atMost(BOUND).until(listener::listening);
        second.heard.add(List.of("order-a"));
        await().atMost(BOUND).until(() -> a.changes.get() == 3);
    }

    @Test
    void stoppingEndsTheThreadAndClosesTheConnection() throws InterruptedException {
        listener.start();
        FakeChannel channel = opened.poll(BOUND.toSeconds(), TimeUnit.SECONDS);
        await().atMost(BOUND).until(listener::listening);

        listener.stop();

        assertThat(channel.closed).isTrue();
        assertThat(listener.listening()).isFalse();
        assertThat(listening.getName()).isEqualTo("timeline-listener");
        assertThat(listening.isAlive()).isFalse();
    }
}

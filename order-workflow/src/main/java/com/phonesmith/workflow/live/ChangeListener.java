package com.phonesmith.workflow.live;

import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Listens for committed changes of timelines on a connection of its own, in a thread of its own, and tells the
 * followers of each changed order. When the connection fails it is opened again after a pause that doubles up to a
 * bound; once listening again, every follower reads afresh, since changes may have been missed meanwhile.
 */
public final class ChangeListener {
    private static final Logger LOG = Logger.getLogger(ChangeListener.class);

    /** A connection that listens: what it heard, and whether it still works. */
    public interface Channel extends AutoCloseable {
        /** The order ids notified within {@code timeout} (empty when none came). */
        List<String> poll(Duration timeout) throws Exception;

        /** Fails when the connection no longer works (a dead peer may otherwise go unnoticed for long). */
        void check() throws Exception;

        @Override
        void close();
    }

    /** Opens a listening channel. */
    @FunctionalInterface
    public interface Connector {
        Channel open() throws Exception;
    }

    /** How long a poll waits for notifications: also how long {@link #stop()} may wait for the thread. */
    static final Duration POLL = Duration.ofMillis(500);
    /** How often the connection is checked while nothing is heard. */
    static final Duration CHECK_EVERY = Duration.ofSeconds(10);

    private final Connector connector;
    private final Followers followers;
    private final Duration firstPause;
    private final Duration maxPause;
    private final Object pauses = new Object();
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    public ChangeListener(Connector connector, Followers followers, Duration firstPause, Duration maxPause) {
        this.connector = connector;
        this.followers = followers;
        this.firstPause = firstPause;
        this.maxPause = maxPause;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "timeline-listener");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops listening and waits for the thread to end (at most a poll plus a little). */
    public synchronized void stop() throws InterruptedException {
        running = false;
        synchronized (pauses) {
            pauses.notifyAll();
        }
        if (thread != null) {
            thread.join(POLL.toMillis() * 4 + 5_000);
            thread = null;
        }
    }

    /** Whether the channel is open and listening right now. */
    public boolean listening() {
        return listening;
    }

    private void run() {
        Duration pause = firstPause;
        boolean failing = false;
        while (running) {
            try (Channel channel = connector.open()) {
                listening = true;
                if (failing) {
                    LOG.info("listening for timeline changes again; every live stream reads afresh");
                    failing = false;
                }
                pause = firstPause;
                followers.changedAll(); // a change may have come while nobody listened
                listen(channel);
            } catch (Exception e) {
                if (!running) {
                    break;
                }
                if (!failing) {
                    LOG.warnf("listening for timeline changes failed (%s); trying again, first in %s", e, pause);
                } else {
                    LOG.debugf("listening for timeline changes failed again (%s); next try in %s", e, pause);
                }
                failing = true;
            } finally {
                listening = false;
            }
            if (running) {
                pause(pause);
                pause = pause.multipliedBy(2).compareTo(maxPause) > 0 ? maxPause : pause.multipliedBy(2);
            }
        }
    }

    private void listen(Channel channel) throws Exception {
        long nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
        while (running) {
            List<String> changed = channel.poll(POLL);
            changed.forEach(followers::changed);
            if (changed.isEmpty() && System.nanoTime() - nextCheck >= 0) {
                channel.check();
                nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
            }
        }
    }

    private void pause(Duration pause) {
        synchronized (pauses) {
            if (!running) {
                return;
            }
            try {
                pauses.wait(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }
}

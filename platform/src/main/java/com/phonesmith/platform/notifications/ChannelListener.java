package com.phonesmith.platform.notifications;

import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Listens on a notification channel of the database (see {@link PostgresChannel}), on a connection of its own, in a
 * thread of its own, and tells its {@link Hearing} what it hears. When the connection fails it is opened again after
 * a pause that doubles up to a bound; once listening again, the hearing is told so, since notifications may have been
 * missed meanwhile.
 */
public final class ChannelListener {
    private static final Logger LOG = Logger.getLogger(ChannelListener.class);

    /** A connection that listens: what it heard, and whether it still works. */
    public interface Channel extends AutoCloseable {
        /** The payloads notified within {@code timeout} (empty when none came), in the order they were committed. */
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

    /** What the owner of a listener is told. */
    public interface Hearing {
        /** Notifications heard, in the order their transactions committed. */
        void heard(List<String> payloads);

        /**
         * The channel listens from now on, for the first time or again: whatever was notified before now may have
         * been missed.
         */
        void listening();

        /** The channel no longer listens (its connection failed, or the listener stops). */
        default void deaf() {
        }
    }

    /** How long a poll waits for notifications: also how long {@link #stop()} may wait for the thread. */
    static final Duration POLL = Duration.ofMillis(500);
    /** How often the connection is checked while nothing is heard. */
    static final Duration CHECK_EVERY = Duration.ofSeconds(10);

    private final String what;
    private final String threadName;
    private final Connector connector;
    private final Hearing hearing;
    private final Duration firstPause;
    private final Duration maxPause;
    private final Object pauses = new Object();
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    /**
     * @param what what is listened for, as the log names it ("timeline changes")
     * @param threadName the name of the listening thread
     */
    public ChannelListener(String what, String threadName, Connector connector, Hearing hearing, Duration firstPause,
            Duration maxPause) {
        this.what = what;
        this.threadName = threadName;
        this.connector = connector;
        this.hearing = hearing;
        this.firstPause = firstPause;
        this.maxPause = maxPause;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, threadName);
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
                    LOG.infof("listening for %s again", what);
                    failing = false;
                }
                pause = firstPause;
                hearing.listening();
                listen(channel);
            } catch (Exception e) {
                if (!running) {
                    break;
                }
                if (!failing) {
                    LOG.warnf("listening for %s failed (%s); trying again, first in %s", what, e, pause);
                } else {
                    LOG.debugf("listening for %s failed again (%s); next try in %s", what, e, pause);
                }
                failing = true;
            } finally {
                listening = false;
                hearing.deaf();
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
            List<String> heard = channel.poll(POLL);
            if (!heard.isEmpty()) {
                hearing.heard(heard);
            } else if (System.nanoTime() - nextCheck >= 0) {
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

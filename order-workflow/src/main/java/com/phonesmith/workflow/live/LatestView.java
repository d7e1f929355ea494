package com.phonesmith.workflow.live;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Sends one stream the latest view of its order, read off the caller's thread (the reads are blocking database work).
 * At most one read runs at a time; changes that come while it runs are folded into one more read, which starts after
 * the last of them. So a burst becomes one or two events, and the last event always shows the last committed change.
 */
public final class LatestView {
    private static final Logger LOG = Logger.getLogger(LatestView.class);

    private final Executor executor;
    private final Runnable readAndSend;
    /** Changes not yet covered by a read that started after them; non-zero while a read is queued or running. */
    private final AtomicInteger pending = new AtomicInteger();
    private volatile boolean closed;

    /**
     * @param executor    where reads run (the worker pool)
     * @param readAndSend reads the view and sends it; a failure is logged and the next change reads again
     */
    public LatestView(Executor executor, Runnable readAndSend) {
        this.executor = executor;
        this.readAndSend = readAndSend;
    }

    /** The order changed: read and send its view, now or right after the read that is running. */
    public void changed() {
        if (closed || pending.getAndIncrement() != 0) {
            return;
        }
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
            pending.set(0); // the pool is shutting down; a later change tries again
            if (!closed) {
                LOG.debugf("no worker for a live view: %s", e.getMessage());
            }
        }
    }

    /** No more reads (the stream ended); a read that is running finishes. */
    public void close() {
        closed = true;
    }

    private void drain() {
        int covered = pending.get();
        while (!closed) {
            try {
                readAndSend.run();
            } catch (RuntimeException e) {
                if (!closed) {
                    LOG.warnf("reading a live timeline view failed (the next change reads again): %s", e.toString());
                }
            }
            covered = pending.addAndGet(-covered);
            if (covered == 0) {
                return;
            }
        }
    }
}

package com.phonesmith.platform.retention;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Runs {@link Retention} every {@code phonesmith.retention.every}; replicas may run it at once (deletes are idempotent). */
@ApplicationScoped
public class RetentionJob {
    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    private final Retention retention;

    public RetentionJob(Retention retention) {
        this.retention = retention;
    }

    @Scheduled(every = "${phonesmith.retention.every:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeExpired() {
        try {
            Retention.Removed removed = retention.removeExpired();
            if (removed.outbox() + removed.inbox() > 0) {
                LOG.infof("removed %d sent outbox rows and %d inbox rows past their retention", removed.outbox(),
                        removed.inbox());
            }
        } catch (RuntimeException e) {
            LOG.warnf("removing expired outbox and inbox rows failed, will try again: %s", e.getMessage());
        }
    }
}

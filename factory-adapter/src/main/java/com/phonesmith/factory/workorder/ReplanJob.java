package com.phonesmith.factory.workorder;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/** Plans the schedule again on a timer, so orders move up when capacity frees and late ones are seen. */
@ApplicationScoped
public class ReplanJob {
    private static final Logger LOG = Logger.getLogger(ReplanJob.class);

    private final ScheduleService schedule;
    private final Clock clock;

    public ReplanJob(ScheduleService schedule, Clock clock) {
        this.schedule = schedule;
        this.clock = clock;
    }

    @Scheduled(identity = "factory-replan", every = "${factory.capacity.replan-interval}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void replan() {
        try {
            schedule.replan(clock.instant());
        } catch (RuntimeException e) {
            LOG.warnf("planning the schedule failed, will retry: %s", e.toString());
        }
    }
}

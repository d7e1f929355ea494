package com.phonesmith.factory.workorder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * The timed steps that need no I/O: orders waiting for stock try again, phones left waiting for an operator's QA
 * when the QA station went back to automatic are decided by their checks, QA-passed orders are packed and packed
 * orders shipped when their time (read from the clock) has come, and the handsets of cancelled orders whose flash
 * station never reported back go back to stock when its lease ends. Each step commits on its own. Every step
 * claims work orders by status, so a cancelled order is never retried, packed or shipped.
 */
@ApplicationScoped
public class StepWorker {
    private static final Logger LOG = Logger.getLogger(StepWorker.class);

    private final Reservations reservations;
    private final ParcelSteps parcels;
    private final Cancellations cancellations;
    private final QaSteps qa;
    private final Clock clock;

    public StepWorker(Reservations reservations, ParcelSteps parcels, Cancellations cancellations, QaSteps qa,
            Clock clock) {
        this.qa = qa;
        this.reservations = reservations;
        this.parcels = parcels;
        this.cancellations = cancellations;
        this.clock = clock;
    }

    @Scheduled(identity = "factory-steps", every = "${factory.steps.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        step("reservation retry", () -> reservations.retryReservations(clock.instant()));
        step("QA of phones left waiting by a manual QA station", () -> qa.decideWaiting(clock.instant()));
        step("packing", () -> parcels.packDue(clock.instant()));
        step("shipping", () -> parcels.shipDue(clock.instant()));
        step("delivery reports", () -> parcels.deliveries(clock.instant()));
        step("handsets of cancelled orders", () -> cancellations.releaseHandsetsOfLapsedLeases(clock.instant()));
    }

    private void step(String name, java.util.concurrent.Callable<Integer> work) {
        try {
            QuarkusTransaction.requiringNew().call(work);
        } catch (RuntimeException e) {
            LOG.warnf("%s pass failed, will retry: %s", name, e.toString());
        }
    }
}

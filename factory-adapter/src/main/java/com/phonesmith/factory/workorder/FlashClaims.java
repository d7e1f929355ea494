package com.phonesmith.factory.workorder;

import com.phonesmith.factory.capacity.CapacityService;
import com.phonesmith.factory.floor.FloorService;
import com.phonesmith.factory.floor.StationKind;
import com.phonesmith.factory.qa.QaCheck;
import com.phonesmith.platform.outbox.Outbox;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The flash station's side of a work order: due flash work claimed with a lease (SELECT ... FOR UPDATE SKIP LOCKED,
 * so several replicas share it without doing it twice), and each attempt's result recorded, flashed and checked or
 * failed, unless the order changed since the claim. Each change in the caller's transaction with its events in the
 * outbox.
 */
@ApplicationScoped
public class FlashClaims {
    private static final Logger LOG = Logger.getLogger(FlashClaims.class);

    private final Outbox outbox;
    private final Clock clock;
    private final CapacityService capacity;
    private final FloorService floor;
    private final Cancellations cancellations;
    private final QaSteps qa;

    public FlashClaims(Outbox outbox, Clock clock, CapacityService capacity, FloorService floor,
            Cancellations cancellations, QaSteps qa) {
        this.outbox = outbox;
        this.clock = clock;
        this.capacity = capacity;
        this.floor = floor;
        this.cancellations = cancellations;
        this.qa = qa;
    }

    /**
     * Claims due flash work (pending, or flashing with an expired lease because a worker died): marks it FLASHING
     * with a lease, counts the attempt and announces it (FlashingStarted: from now on the order is no longer the
     * shopper's to cancel). Commit quickly; the slow work happens outside this transaction. At a manual kitting
     * station only kitted handsets are claimed, at a manual flashing station only those whose flash an operator
     * started ({@link StationScans}); an order taken over after its lease was claimed once already.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<FlashAssignment> claimFlashJobs(Instant now, int limit, Duration lease) {
        if (floor.isBlocked(StationKind.FLASHING) || floor.isBlocked(StationKind.QA)) {
            return List.of();
        }
        List<WorkOrder> orders = DueWork.claim(EnumSet.of(WorkOrderStatus.FLASH_PENDING, WorkOrderStatus.FLASHING),
                now, limit, Optional.of(capacity.calendar().dateOf(now)), operatorsScans());
        for (WorkOrder order : orders) {
            if (order.status == WorkOrderStatus.FLASHING) {
                WorkOrderEvent.record(order.orderId, now, "flash", "attempt " + order.attempts
                        + " did not report back within its lease; trying again");
            }
            WorkOrderStates.move(order, WorkOrderStatus.FLASHING, now.plus(lease), now);
            order.attempts++;
            WorkOrderEvent.record(order.orderId, now, "flash", "attempt " + order.attempts + " started on handset "
                    + order.imei);
            outbox.publish(FactoryEvents.flashingStarted(order));
        }
        Panache.getEntityManager().flush();
        List<FlashAssignment> jobs = new ArrayList<>();
        for (WorkOrder order : orders) {
            jobs.add(new FlashAssignment(order.orderId, order.version, order.attempts, order.imageUrl,
                    order.imageDigest, order.imageFingerprint, order.variant(), order.imei, order.maker, order.features,
                    order.apps));
        }
        return jobs;
    }

    /** The scans flash work waits for at manual kitting and flashing stations, as a condition on work_order. */
    private String operatorsScans() {
        String condition = "true";
        if (floor.isManual(StationKind.KITTING)) {
            condition += " and kitted_at is not null";
        }
        if (floor.isManual(StationKind.FLASHING)) {
            condition += " and flash_started_at is not null";
        }
        return "status = 'FLASHING' or (" + condition + ")";
    }

    /**
     * The image is on the handset and the handset was checked: publishes Flashed and then QaPassed or QaFailed.
     * Returns false (and changes nothing) when the order changed since the claim, e.g. a new image was requested.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean flashedAndChecked(FlashAssignment job, String flashedDigest, String fingerprint,
            Optional<String> qaFailure, String verifier) {
        return flashedAndChecked(job, flashedDigest, fingerprint, qaFailure, List.of(), verifier);
    }

    /**
     * As above, with every automated check. At a manual QA station ({@link FloorService#isManual}) the order waits
     * as QA_PENDING with its checks for an operator to pass or fail it; otherwise the checks decide at once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean flashedAndChecked(FlashAssignment job, String flashedDigest, String fingerprint,
            Optional<String> qaFailure, List<QaCheck> checks, String verifier) {
        return recordFlashedAndChecked(job, flashedDigest, fingerprint, qaFailure, checks, verifier).isPresent();
    }

    /**
     * As above; returns the status the order moved to ({@code QA_PASSED}, {@code QA_FAILED}, or {@code QA_PENDING} at
     * a manual QA station), empty when the result was dropped.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<WorkOrderStatus> recordFlashedAndChecked(FlashAssignment job, String flashedDigest,
            String fingerprint, Optional<String> qaFailure, List<QaCheck> checks, String verifier) {
        Optional<WorkOrder> current = stillClaimed(job);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        WorkOrder order = current.get();
        Instant now = clock.instant();
        order.updatedAt = now;
        order.lastError = null;
        WorkOrderEvent.record(order.orderId, now, "flash", "flashed " + flashedDigest + " onto " + order.imei
                + " (attempt " + job.attempt() + ")");
        outbox.publish(FactoryEvents.flashed(order, flashedDigest));
        provision(order, verifier, now);
        if (floor.isManual(StationKind.QA)) {
            // due at once: decided by its checks if the station goes back to automatic before an operator does
            WorkOrderStates.move(order, WorkOrderStatus.QA_PENDING, now, now);
            order.qaChecks = QaChecksJson.write(checks);
            long failed = checks.stream().filter(check -> !check.passed()).count();
            WorkOrderEvent.record(order.orderId, now, "qa", "waiting for the operator at the QA station: "
                    + (checks.size() - failed) + " of " + checks.size() + " automated checks passed");
        } else if (qaFailure.isEmpty()) {
            order.qaChecks = QaChecksJson.write(checks);
            qa.passed(order, fingerprint, null, now);
        } else {
            order.qaChecks = QaChecksJson.write(checks);
            qa.failed(order, qaFailure.get(), null, now);
        }
        return Optional.of(order.status);
    }

    /**
     * The handset now holds a fresh per-device secret: activations learns its verifier (never the secret), so the
     * device can activate at the customer. A reflash writes a new secret and provisions the device again.
     */
    private void provision(WorkOrder order, String verifier, Instant now) {
        if (order.maker == null) {
            LOG.warnf("work order %s has no maker (scheduled before makers were sent): handset %s is not provisioned"
                    + " for activation", order.orderId, order.imei);
            return;
        }
        outbox.publish(FactoryEvents.provisioned(order, verifier, now));
        WorkOrderEvent.record(order.orderId, now, "provision", "activation secret written to " + order.imei);
    }

    /**
     * A download or flash attempt failed: retried at retryAt, or, when there is none (attempts used up or the
     * failure cannot go away by retrying), the work order fails and FactoryStepFailed tells the workflow.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean flashAttemptFailed(FlashAssignment job, String step, String reason, Optional<Instant> retryAt) {
        Optional<WorkOrder> current = stillClaimed(job);
        if (current.isEmpty()) {
            return false;
        }
        WorkOrder order = current.get();
        Instant now = clock.instant();
        String shortReason = WorkOrderService.truncate(reason);
        order.updatedAt = now;
        order.lastError = WorkOrderService.truncate(step + ": " + reason);
        if (retryAt.isPresent()) {
            WorkOrderStates.move(order, WorkOrderStatus.FLASH_PENDING, retryAt.get(), now);
            WorkOrderEvent.record(order.orderId, now, step, "attempt " + job.attempt() + " failed: " + reason
                    + "; retrying at " + retryAt.get());
        } else {
            WorkOrderStates.move(order, WorkOrderStatus.FAILED, null, now);
            WorkOrderEvent.record(order.orderId, now, step, "attempt " + job.attempt() + " failed: " + reason
                    + "; giving up");
            outbox.publish(FactoryEvents.stepFailed(order, step, shortReason));
        }
        return true;
    }

    /**
     * The claimed order, if it is still as the worker claimed it. One cancelled meanwhile drops the result and, if
     * the worker held its handset, gives the handset back to stock now.
     */
    private Optional<WorkOrder> stillClaimed(FlashAssignment job) {
        WorkOrder order = WorkOrder.findById(job.orderId(), LockModeType.PESSIMISTIC_WRITE);
        if (order != null && order.status == WorkOrderStatus.CANCELLED) {
            LOG.infof("result of flash attempt %d for %s dropped: the order was cancelled", job.attempt(),
                    job.orderId());
            cancellations.flashReportedBack(order, job);
            return Optional.empty();
        }
        if (order == null || order.status != WorkOrderStatus.FLASHING || order.version != job.version()) {
            LOG.infof("result of flash attempt %d for %s dropped: the work order changed meanwhile", job.attempt(),
                    job.orderId());
            return Optional.empty();
        }
        return Optional.of(order);
    }
}

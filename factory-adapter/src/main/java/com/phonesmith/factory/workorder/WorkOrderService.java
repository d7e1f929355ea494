package com.phonesmith.factory.workorder;

import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.contracts.events.SwapHandset;
import com.phonesmith.factory.capacity.CapacityService;
import com.phonesmith.factory.floor.FloorService;
import com.phonesmith.factory.floor.StationKind;
import com.phonesmith.factory.qa.QaCheck;
import com.phonesmith.factory.stock.HandsetView;
import com.phonesmith.factory.stock.StockService;
import com.phonesmith.factory.stock.Variant;
import com.phonesmith.platform.outbox.Outbox;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Every change of a work order, each in the caller's transaction together with the event it announces (outbox).
 * Due work is claimed with SELECT ... FOR UPDATE SKIP LOCKED, so several replicas share it without doing it twice.
 */
@ApplicationScoped
public class WorkOrderService {
    private static final Logger LOG = Logger.getLogger(WorkOrderService.class);
    static final int MAX_ERROR = 1000;
    /** A new image may be flashed in these states (first flash, retry, rework after QA or flash failure). */
    private static final Set<WorkOrderStatus> FLASHABLE = EnumSet.of(WorkOrderStatus.RESERVED,
            WorkOrderStatus.FLASH_PENDING, WorkOrderStatus.FLASHING, WorkOrderStatus.QA_FAILED,
            WorkOrderStatus.FAILED);
    /** A handset may be swapped for another after QA failed on it again, or its flash failed for good. */
    private static final Set<WorkOrderStatus> SWAPPABLE = EnumSet.of(WorkOrderStatus.QA_FAILED,
            WorkOrderStatus.FAILED);

    private final StockService stock;
    private final Outbox outbox;
    private final Clock clock;
    private final ReservationConfig reservation;
    private final StepsConfig steps;
    private final CapacityService capacity;
    private final ScheduleService schedule;
    private final FloorService floor;
    private final Cancellations cancellations;
    private final QaSteps qa;

    public WorkOrderService(StockService stock, Outbox outbox, Clock clock, ReservationConfig reservation,
            StepsConfig steps, CapacityService capacity, ScheduleService schedule, FloorService floor,
            Cancellations cancellations, QaSteps qa) {
        this.qa = qa;
        this.floor = floor;
        this.cancellations = cancellations;
        this.stock = stock;
        this.capacity = capacity;
        this.schedule = schedule;
        this.outbox = outbox;
        this.clock = clock;
        this.reservation = reservation;
        this.steps = steps;
    }

    // ---- commands from order-workflow

    /** Opens the order's work order and reserves a handset of its exact variant (or waits for stock). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void scheduleBuild(ScheduleBuild command) {
        requireText(command.orderId(), "orderId");
        requireText(command.model(), "model");
        requireText(command.colour(), "colour");
        if (command.storageGb() <= 0) {
            throw new IllegalArgumentException("ScheduleBuild for " + command.orderId() + " has storageGb "
                    + command.storageGb());
        }
        WorkOrder existing = WorkOrder.findById(command.orderId());
        if (existing != null) {
            if (existing.status == WorkOrderStatus.CANCELLED) {
                WorkOrderEvent.record(existing.orderId, clock.instant(), "scheduled", "ScheduleBuild of "
                        + command.model() + "/" + command.colour() + "/" + command.storageGb()
                        + "GB ignored: the order was cancelled");
            }
            LOG.infof("work order %s exists already (%s); ScheduleBuild ignored", command.orderId(), existing.status);
            return;
        }
        Instant now = clock.instant();
        WorkOrder order = new WorkOrder();
        order.orderId = command.orderId();
        order.model = command.model();
        order.colour = command.colour();
        order.storageGb = command.storageGb();
        order.maker = command.maker();
        order.features = command.features();
        order.apps = command.apps();
        WorkOrderStates.move(order, WorkOrderStatus.WAITING_FOR_STOCK, null, now);
        order.createdAt = now;
        order.shipBy = capacity.calendar().shipByForOrderedOn(capacity.calendar().dateOf(now));
        order.slotDay = capacity.book(now).orElse(null);
        order.persist();
        WorkOrderEvent.record(order.orderId, now, "scheduled", "build of " + order.variant() + (order.slotDay != null
                ? " booked on " + order.slotDay : " not booked: no day has room in the next "
                        + capacity.calendar().horizonDays() + " days; the next plan places it")
                + "; ships by " + order.shipBy);
        reserve(order, now, true);
    }

    /** Stores the order's image; the flash worker flashes it once a handset is reserved. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flashRequested(FlashHandset command) {
        requireText(command.orderId(), "orderId");
        requireText(command.imageUrl(), "imageUrl");
        requireText(command.digest(), "digest");
        requireText(command.fingerprint(), "fingerprint");
        WorkOrder order = WorkOrder.findById(command.orderId(), LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new IllegalStateException("no work order for order " + command.orderId()
                    + ": FlashHandset came before ScheduleBuild");
        }
        Instant now = clock.instant();
        boolean sameImage = Objects.equals(order.imageUrl, command.imageUrl())
                && Objects.equals(order.imageDigest, command.digest())
                && Objects.equals(order.imageFingerprint, command.fingerprint());
        if (sameImage && (order.status == WorkOrderStatus.FLASH_PENDING || order.status == WorkOrderStatus.FLASHING)) {
            WorkOrderEvent.record(order.orderId, now, "flash-requested", "same image already being flashed");
            return;
        }
        if (order.status == WorkOrderStatus.WAITING_FOR_STOCK) {
            setImage(order, command, now);
            WorkOrderEvent.record(order.orderId, now, "flash-requested",
                    "image " + command.digest() + " stored; flashing once a handset is reserved");
            return;
        }
        if (!FLASHABLE.contains(order.status)) {
            WorkOrderEvent.record(order.orderId, now, "flash-requested", order.status == WorkOrderStatus.CANCELLED
                    ? "image " + command.digest() + " ignored: the order was cancelled"
                    : "ignored: the work order is " + order.status + " already");
            LOG.warnf("FlashHandset for %s ignored: work order is %s", order.orderId, order.status);
            return;
        }
        setImage(order, command, now);
        WorkOrderStates.move(order, WorkOrderStatus.FLASH_PENDING, now, now);
        WorkOrderEvent.record(order.orderId, now, "flash-requested", "image " + command.digest() + " from "
                + command.imageUrl() + " to flash onto " + order.imei);
    }

    private static void setImage(WorkOrder order, FlashHandset command, Instant now) {
        order.imageUrl = command.imageUrl();
        order.imageDigest = command.digest();
        order.imageFingerprint = command.fingerprint();
        order.attempts = 0;
        order.lastError = null;
        order.updatedAt = now;
    }

    // ---- reservation

    private void reserve(WorkOrder order, Instant now, boolean firstTry) {
        Optional<HandsetView> handset = stock.reserve(order.variant(), order.orderId, now);
        order.updatedAt = now;
        if (handset.isPresent()) {
            order.imei = handset.get().imei();
            order.lastError = null;
            if (order.hasImage()) {
                WorkOrderStates.move(order, WorkOrderStatus.FLASH_PENDING, now, now);
            } else {
                WorkOrderStates.move(order, WorkOrderStatus.RESERVED, null, now);
            }
            WorkOrderEvent.record(order.orderId, now, "reserve", "reserved handset " + order.imei + " (serial "
                    + handset.get().serial() + ") " + (handset.get().atStation() ? "at " + handset.get().stationHost()
                    + ":" + handset.get().stationPort() : "in the store room; flashed once it is at a station"));
            outbox.publish(FactoryEvents.reserved(order, handset.get().serial()));
            return;
        }
        WorkOrderStates.move(order, WorkOrderStatus.WAITING_FOR_STOCK, now.plus(reservation.retryInterval()), now);
        if (firstTry) {
            String reason = noStockReason(order.variant());
            order.lastError = reason;
            WorkOrderEvent.record(order.orderId, now, "reserve", reason + "; waiting for stock");
            outbox.publish(FactoryEvents.stepFailed(order, "reserve", reason));
        }
    }

    static String noStockReason(Variant variant) {
        return "no " + variant.model() + "/" + variant.colour() + "/" + variant.storageGb() + "GB handset in stock";
    }

    /** Orders waiting for stock try again; returns how many got a handset. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int retryReservations(Instant now) {
        if (floor.isBlocked(StationKind.KITTING)) {
            return 0;
        }
        int reserved = 0;
        for (WorkOrder order : DueWork.claim(WorkOrderStatus.WAITING_FOR_STOCK, now, steps.batchSize())) {
            reserve(order, now, false);
            if (order.status != WorkOrderStatus.WAITING_FOR_STOCK) {
                reserved++;
            }
        }
        return reserved;
    }

    /**
     * QA failed again on the order's handset: it is set aside as faulty and another handset of the variant is
     * reserved as for a new order (HandsetReserved; flashed with the order's image, or waiting for stock with
     * FactoryStepFailed). Only a QA-failed or failed order holding that handset swaps it; any other SwapHandset (a
     * repeat, another handset) is recorded and passed over.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void swapHandset(SwapHandset command) {
        requireText(command.orderId(), "orderId");
        requireText(command.imei(), "imei");
        WorkOrder order = WorkOrder.findById(command.orderId(), LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new IllegalStateException("no work order for order " + command.orderId()
                    + ": SwapHandset for an order never scheduled");
        }
        Instant now = clock.instant();
        if (!SWAPPABLE.contains(order.status) || !command.imei().equals(order.imei)) {
            String why = !SWAPPABLE.contains(order.status) ? "the work order is " + order.status
                    : "the order holds handset " + order.imei;
            WorkOrderEvent.record(order.orderId, now, "swap", "SwapHandset of " + command.imei() + " ignored: " + why);
            LOG.infof("SwapHandset of %s for %s ignored: %s", command.imei(), order.orderId, why);
            return;
        }
        String reason = command.reason() == null || command.reason().isBlank() ? "no reason given" : command.reason();
        stock.setAsideFaulty(order.imei, order.orderId, now);
        WorkOrderEvent.record(order.orderId, now, "swap", "handset " + order.imei + " set aside as faulty ("
                + truncate(reason) + "); reserving another " + order.variant());
        order.imei = null;
        order.attempts = 0;
        reserve(order, now, true);
    }

    // ---- flashing

    /**
     * Claims due flash work (pending, or flashing with an expired lease because a worker died): marks it FLASHING
     * with a lease, counts the attempt and announces it (FlashingStarted: from now on the order is no longer the
     * shopper's to cancel). Commit quickly; the slow work happens outside this transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<FlashAssignment> claimFlashJobs(Instant now, int limit, Duration lease) {
        if (floor.isBlocked(StationKind.FLASHING) || floor.isBlocked(StationKind.QA)) {
            return List.of();
        }
        List<WorkOrder> orders = DueWork.claim(EnumSet.of(WorkOrderStatus.FLASH_PENDING, WorkOrderStatus.FLASHING),
                now, limit, Optional.of(capacity.calendar().dateOf(now)));
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
        Optional<WorkOrder> current = stillClaimed(job);
        if (current.isEmpty()) {
            return false;
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
        return true;
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
        String shortReason = truncate(reason);
        order.updatedAt = now;
        order.lastError = truncate(step + ": " + reason);
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

    // ---- schedule

    /** Support moves an order ahead of every order not expedited; the schedule is planned again at once. */
    @Transactional
    public Optional<WorkOrderView> expedite(String orderId, String by) {
        WorkOrder order = WorkOrder.findById(orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!order.expedited) {
            order.expedited = true;
            order.updatedAt = now;
            WorkOrderEvent.record(order.orderId, now, "expedite", "expedited by " + by + "; was booked on "
                    + order.slotDay);
        }
        schedule.replan(now);
        Panache.getEntityManager().refresh(order);
        return find(orderId);
    }

    /** Orders of exactly this variant that wait for a handset: the next handsets in stock are theirs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long countWaitingForStock(Variant variant) {
        return ((Number) Panache.getEntityManager().createNativeQuery("""
                select count(*) from work_order where status = 'WAITING_FOR_STOCK'
                and model = :model and colour = :colour and storage_gb = :storageGb
                """)
                .setParameter("model", variant.model())
                .setParameter("colour", variant.colour())
                .setParameter("storageGb", variant.storageGb())
                .getSingleResult()).longValue();
    }

    // ---- reading

    @Transactional
    public Optional<WorkOrderView> findByImei(String imei) {
        return WorkOrder.<WorkOrder>find("imei", Sort.by("createdAt").descending(), imei).firstResultOptional()
                .flatMap(order -> find(order.orderId));
    }

    /** Tracking numbers are unique: the carrier gives one per parcel and a work order has one parcel. */
    @Transactional
    public Optional<WorkOrderView> findByTrackingNumber(String trackingNumber) {
        return WorkOrder.<WorkOrder>find("trackingNumber", trackingNumber).firstResultOptional()
                .flatMap(order -> find(order.orderId));
    }

    @Transactional
    public Optional<WorkOrderView> find(String orderId) {
        return WorkOrder.<WorkOrder>findByIdOptional(orderId).map(order -> WorkOrderView.of(order,
                WorkOrderEvent.<WorkOrderEvent>list("orderId", Sort.by("id"), orderId)));
    }

    // ---- helpers

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("command lacks " + field);
        }
    }

    private static String truncate(String text) {
        return WorkOrderEvent.truncate(text, MAX_ERROR);
    }
}

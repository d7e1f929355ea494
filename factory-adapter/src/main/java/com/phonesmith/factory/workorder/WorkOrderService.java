package com.phonesmith.factory.workorder;

import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.factory.capacity.CapacityService;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The commands that open and steer a work order: ScheduleBuild (booked on a day, a handset reserved through
 * {@link Reservations}), FlashHandset (the image to flash; the flash station works it through {@link FlashClaims}) and
 * expedite. Each change in the caller's transaction together with the event it announces (outbox).
 */
@ApplicationScoped
public class WorkOrderService {
    private static final Logger LOG = Logger.getLogger(WorkOrderService.class);
    static final int MAX_ERROR = 1000;
    /** A new image may be flashed in these states (first flash, retry, rework after QA or flash failure). */
    private static final Set<WorkOrderStatus> FLASHABLE = EnumSet.of(WorkOrderStatus.RESERVED,
            WorkOrderStatus.FLASH_PENDING, WorkOrderStatus.FLASHING, WorkOrderStatus.QA_FAILED,
            WorkOrderStatus.FAILED);

    private final Clock clock;
    private final CapacityService capacity;
    private final ScheduleService schedule;
    private final Reservations reservations;
    private final WorkOrderReads reads;

    public WorkOrderService(Clock clock, CapacityService capacity, ScheduleService schedule,
            Reservations reservations, WorkOrderReads reads) {
        this.clock = clock;
        this.capacity = capacity;
        this.schedule = schedule;
        this.reservations = reservations;
        this.reads = reads;
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
        reservations.reserve(order, now, true);
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
        if (order.status == WorkOrderStatus.QA_FAILED || order.status == WorkOrderStatus.FAILED) {
            // rework: at a manual flashing station the operator starts the new flash (the phone stays kitted)
            order.flashStartedAt = null;
            order.flashStartedBy = null;
        }
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
        return reads.find(orderId);
    }

    // ---- helpers

    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("command lacks " + field);
        }
    }

    static String truncate(String text) {
        return WorkOrderEvent.truncate(text, MAX_ERROR);
    }
}

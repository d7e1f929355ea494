package com.phonesmith.factory.workorder;

import com.phonesmith.contracts.events.SwapHandset;
import com.phonesmith.factory.floor.FloorService;
import com.phonesmith.factory.floor.StationKind;
import com.phonesmith.factory.stock.HandsetView;
import com.phonesmith.factory.stock.StockService;
import com.phonesmith.factory.stock.Variant;
import com.phonesmith.platform.outbox.Outbox;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * A handset of the work order's exact variant for it: reserved when the order is scheduled, retried while it waits
 * for stock, and another one when QA failed on the first (swap). Each change in the caller's transaction with its
 * event in the outbox.
 */
@ApplicationScoped
public class Reservations {
    private static final Logger LOG = Logger.getLogger(Reservations.class);
    /** A handset may be swapped for another after QA failed on it again, or its flash failed for good. */
    private static final Set<WorkOrderStatus> SWAPPABLE = EnumSet.of(WorkOrderStatus.QA_FAILED,
            WorkOrderStatus.FAILED);

    private final StockService stock;
    private final Outbox outbox;
    private final Clock clock;
    private final ReservationConfig reservation;
    private final StepsConfig steps;
    private final FloorService floor;

    public Reservations(StockService stock, Outbox outbox, Clock clock, ReservationConfig reservation,
            StepsConfig steps, FloorService floor) {
        this.stock = stock;
        this.outbox = outbox;
        this.clock = clock;
        this.reservation = reservation;
        this.steps = steps;
        this.floor = floor;
    }

    /**
     * Reserves a handset of the order's variant: RESERVED (or FLASH_PENDING when its image is known) with
     * HandsetReserved, or WAITING_FOR_STOCK, retried later; the first try that finds none says so (FactoryStepFailed).
     */
    void reserve(WorkOrder order, Instant now, boolean firstTry) {
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
        WorkOrderService.requireText(command.orderId(), "orderId");
        WorkOrderService.requireText(command.imei(), "imei");
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
                + WorkOrderService.truncate(reason) + "); reserving another " + order.variant());
        order.imei = null;
        order.attempts = 0;
        // another handset: kitted and its flash started anew at manual stations
        order.kittedAt = null;
        order.kittedBy = null;
        order.flashStartedAt = null;
        order.flashStartedBy = null;
        reserve(order, now, true);
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
}

package com.phonesmith.factory.workorder;

import com.phonesmith.contracts.events.CancelBuild;
import com.phonesmith.factory.capacity.CapacityService;
import com.phonesmith.factory.shipping.Carrier;
import com.phonesmith.factory.stock.StockService;
import com.phonesmith.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Stops the build of a cancelled order (CancelBuild): the work order becomes CANCELLED, its day goes back to the
 * capacity calendar, its handset back to stock and a packed parcel's booking is cancelled with the carrier, each step in its history, and BuildCancelled answers, in the
 * caller's transaction. A handset a flash station may still be writing to is never handed to another order: it
 * stays reserved until that station reports back (its result is dropped) or its lease ends.
 */
@ApplicationScoped
public class Cancellations {
    private static final Logger LOG = Logger.getLogger(Cancellations.class);

    private final StockService stock;
    private final CapacityService capacity;
    private final Carrier carrier;
    private final Outbox outbox;
    private final StepsConfig steps;
    private final Clock clock;

    public Cancellations(StockService stock, CapacityService capacity, Carrier carrier, Outbox outbox,
            StepsConfig steps, Clock clock) {
        this.stock = stock;
        this.capacity = capacity;
        this.carrier = carrier;
        this.outbox = outbox;
        this.steps = steps;
        this.clock = clock;
    }

    /**
     * Cancels the order's work order and answers BuildCancelled, every time it is asked (the workflow may send it
     * again), releasing what it holds only the first time. A shipped order keeps its status: its parcel is with the
     * carrier, so nothing is released. An order without work order gets a cancelled one (a tombstone), so a
     * ScheduleBuild arriving later does not build it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(CancelBuild command) {
        if (command.orderId() == null || command.orderId().isBlank()) {
            throw new IllegalArgumentException("command lacks orderId");
        }
        Instant now = clock.instant();
        String reason = command.reason() == null || command.reason().isBlank() ? "no reason given" : command.reason();
        WorkOrder order = WorkOrder.findById(command.orderId(), LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            tombstone(command.orderId(), reason, now);
        } else if (order.status == WorkOrderStatus.CANCELLED) {
            answerAgain(order, now);
        } else if (order.status == WorkOrderStatus.SHIPPED) {
            tooLate(order, reason, now);
        } else {
            stop(order, reason, now);
        }
    }

    private void tombstone(String orderId, String reason, Instant now) {
        WorkOrder order = new WorkOrder();
        order.orderId = orderId;
        order.createdAt = now;
        WorkOrderStates.move(order, WorkOrderStatus.CANCELLED, null, now);
        order.persist();
        String detail = "cancelled before it was scheduled: nothing was reserved or booked; a later ScheduleBuild is"
                + " ignored";
        WorkOrderEvent.record(orderId, now, "cancel", "cancelled before it was scheduled (" + reason + "): nothing"
                + " was reserved or booked; a later ScheduleBuild is ignored");
        outbox.publish(FactoryEvents.cancelled(order, null, detail));
        LOG.infof("order %s cancelled before it was scheduled", orderId);
    }

    private void stop(WorkOrder order, String reason, Instant now) {
        WorkOrderStatus was = order.status;
        boolean flashStationHoldsIt = was == WorkOrderStatus.FLASHING && order.imei != null;
        LocalDate bookedDay = order.slotDay;
        order.slotDay = null; // before any flush: a cancelled work order holds no day (a constraint says so)
        WorkOrderStates.move(order, WorkOrderStatus.CANCELLED, flashStationHoldsIt ? order.nextStepAt : null, now);
        WorkOrderEvent.record(order.orderId, now, "cancel", "cancelled while " + was + " (" + reason + ")");
        List<String> released = new ArrayList<>();
        if (bookedDay != null) {
            capacity.release(bookedDay, now);
            String day = "its day " + bookedDay + " went back to the capacity calendar";
            WorkOrderEvent.record(order.orderId, now, "release", day);
            released.add(day);
        }
        if (was == WorkOrderStatus.PACKED) {
            String booking = carrier.cancel(order.trackingNumber, now) ? "its booking with " + order.carrier
                    + " is cancelled" : order.carrier + " could not cancel its booking (collected already?)";
            String parcel = "parcel " + order.trackingNumber + " stays at the factory: " + booking
                    + ", and the handset is unpacked";
            WorkOrderEvent.record(order.orderId, now, "release", parcel);
            released.add(parcel);
        }
        if (order.imei != null) {
            String handset;
            if (flashStationHoldsIt) {
                handset = "handset " + order.imei + " goes back to stock once the flash station working attempt "
                        + order.attempts + " on it reports back (its result is dropped) or its lease ends at "
                        + order.nextStepAt + "; no other order gets it before";
            } else if (stock.release(order.imei, order.orderId, now)) {
                handset = "handset " + order.imei + " went back to stock";
            } else {
                handset = "handset " + order.imei + " was not reserved for the order any more; nothing to give back";
            }
            WorkOrderEvent.record(order.orderId, now, "release", handset);
            released.add(handset);
        } else {
            released.add("no handset was reserved yet");
        }
        outbox.publish(FactoryEvents.cancelled(order, order.imei, "cancelled while " + was + ": "
                + String.join("; ", released)));
        LOG.infof("order %s cancelled while %s", order.orderId, was);
    }

    private void tooLate(WorkOrder order, String reason, Instant now) {
        String detail = "the parcel is with the carrier " + order.carrier + " (tracking " + order.trackingNumber
                + "): the handset has left the factory, nothing was released";
        WorkOrderEvent.record(order.orderId, now, "cancel", "CancelBuild (" + reason + ") after shipping: " + detail);
        outbox.publish(FactoryEvents.cancelled(order, null, detail));
        LOG.infof("CancelBuild for %s after shipping: nothing released", order.orderId);
    }

    private void answerAgain(WorkOrder order, Instant now) {
        String detail = "cancelled already; nothing is released twice" + (order.imei == null ? ""
                : order.nextStepAt != null ? "; handset " + order.imei
                        + " goes back to stock once the flash station reports back or its lease ends at "
                        + order.nextStepAt
                : "; handset " + order.imei + " was given back to stock");
        WorkOrderEvent.record(order.orderId, now, "cancel", "CancelBuild again: " + detail);
        outbox.publish(FactoryEvents.cancelled(order, order.imei, detail));
    }

    /**
     * A flash station reported back on an order cancelled meanwhile: its result is dropped, and if it worked the
     * attempt the order was cancelled in, the handset it held goes back to stock now.
     */
    void flashReportedBack(WorkOrder order, FlashAssignment job) {
        Instant now = clock.instant();
        String dropped = "attempt " + job.attempt() + " reported back after the order was cancelled; its result is"
                + " dropped";
        if (order.nextStepAt == null || job.attempt() != order.attempts) {
            WorkOrderEvent.record(order.orderId, now, "flash", dropped);
            return;
        }
        giveBackHeldHandset(order, dropped, now);
    }

    /**
     * Cancelled orders whose flash station's lease has ended without a report: their handsets go back to stock;
     * returns how many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int releaseHandsetsOfLapsedLeases(Instant now) {
        List<WorkOrder> orders = DueWork.claim(WorkOrderStatus.CANCELLED, now, steps.batchSize());
        for (WorkOrder order : orders) {
            giveBackHeldHandset(order, "the flash station working attempt " + order.attempts
                    + " did not report back within its lease (until " + order.nextStepAt + ")", now);
        }
        return orders.size();
    }

    private void giveBackHeldHandset(WorkOrder order, String why, Instant now) {
        WorkOrderStates.move(order, WorkOrderStatus.CANCELLED, null, now);
        boolean released = order.imei != null && stock.release(order.imei, order.orderId, now);
        WorkOrderEvent.record(order.orderId, now, "release", why + (released
                ? "; handset " + order.imei + " went back to stock"
                : "; handset " + order.imei + " was not reserved for the order any more"));
    }
}

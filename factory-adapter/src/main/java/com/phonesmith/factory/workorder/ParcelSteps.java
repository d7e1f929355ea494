package com.phonesmith.factory.workorder;

import com.phonesmith.factory.floor.FloorService;
import com.phonesmith.factory.floor.StationKind;
import com.phonesmith.factory.shipping.Shipment;
import com.phonesmith.factory.shipping.ShippingService;
import com.phonesmith.factory.stock.StockService;
import com.phonesmith.platform.outbox.Outbox;
import com.phonesmith.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A checked phone's way out of the factory as work order steps: packed (booked with the carrier, labelled), shipped,
 * delivered; each with its event in the outbox. The parcels themselves are {@link ShippingService}'s.
 */
@ApplicationScoped
public class ParcelSteps {
    private final ShippingService shipping;
    private final StockService stock;
    private final FloorService floor;
    private final Outbox outbox;
    private final StepsConfig steps;
    private final Clock clock;

    public ParcelSteps(ShippingService shipping, StockService stock, FloorService floor, Outbox outbox,
            StepsConfig steps, Clock clock) {
        this.shipping = shipping;
        this.stock = stock;
        this.floor = floor;
        this.outbox = outbox;
        this.steps = steps;
        this.clock = clock;
    }

    /**
     * Orders whose pack time has come are packed: booked with the carrier and labelled; returns how many. At a manual
     * packing station an operator packs each phone by scanning it ({@link #packScanned}) instead.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int packDue(Instant now) {
        if (floor.isBlocked(StationKind.PACKING) || floor.isManual(StationKind.PACKING)) {
            return 0;
        }
        List<WorkOrder> orders = DueWork.claim(WorkOrderStatus.QA_PASSED, now, steps.batchSize());
        for (WorkOrder order : orders) {
            pack(order, null, now);
        }
        return orders.size();
    }

    /** An operator scanned the phone at the packing station: the order (locked, QA passed) is packed now. */
    @Transactional(Transactional.TxType.MANDATORY)
    void packScanned(WorkOrder order, String by, Instant now) {
        pack(order, by, now);
    }

    private void pack(WorkOrder order, String by, Instant now) {
        Shipment parcel = shipping.pack(order.orderId, order.imei, order.model + ", " + order.colour + ", "
                + order.storageGb + " GB", now);
        order.carrier = parcel.carrier;
        order.trackingNumber = parcel.trackingNumber;
        WorkOrderStates.move(order, WorkOrderStatus.PACKED, now.plus(steps.shipDuration()), now);
        WorkOrderEvent.record(order.orderId, now, "pack", "handset " + order.imei + " packed"
                + (by == null ? "" : " by operator " + by + " (IMEI scanned into the box)") + "; booked with "
                + order.carrier + " as " + order.trackingNumber + ", label printed");
        outbox.publish(FactoryEvents.packed(order));
    }

    /**
     * Packed orders whose ship time has come are collected by the carrier; returns how many. At a manual shipping
     * station an operator hands each parcel over by scanning it ({@link #shipScanned}) instead.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int shipDue(Instant now) {
        if (floor.isBlocked(StationKind.SHIPPING) || floor.isManual(StationKind.SHIPPING)) {
            return 0;
        }
        List<WorkOrder> orders = DueWork.claim(WorkOrderStatus.PACKED, now, steps.batchSize());
        for (WorkOrder order : orders) {
            ship(order, null, now);
        }
        return orders.size();
    }

    /** An operator scanned the parcel's phone at the shipping station: the order (locked, packed) ships now. */
    @Transactional(Transactional.TxType.MANDATORY)
    void shipScanned(WorkOrder order, String by, Instant now) {
        ship(order, by, now);
    }

    private void ship(WorkOrder order, String by, Instant now) {
        shipping.ship(order.orderId, now);
        WorkOrderStates.move(order, WorkOrderStatus.SHIPPED, null, now);
        stock.markShipped(order.imei, order.orderId, now);
        WorkOrderEvent.record(order.orderId, now, "ship", "collected by " + order.carrier + ", tracking "
                + order.trackingNumber + (by == null ? "" : "; handed over by operator " + by + " (IMEI scanned)"));
        outbox.publish(FactoryEvents.shipped(order));
    }

    /** Parcels the carrier reports delivered go into their orders' history and are announced; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int deliveries(Instant now) {
        List<Shipment> delivered = shipping.deliveries(now, steps.batchSize());
        for (Shipment parcel : delivered) {
            WorkOrderEvent.record(parcel.orderId, now, "delivered", parcel.carrier + " delivered "
                    + parcel.trackingNumber + " at " + parcel.deliveredAt);
            outbox.publish(FactoryEvents.delivered(parcel));
        }
        return delivered.size();
    }

    /** The order's shipping label, once it is packed. */
    public Optional<byte[]> label(String orderId) {
        return shipping.label(orderId);
    }

    /** Prints the order's label again, recorded in its history with who asked. */
    @Transactional
    public Optional<byte[]> reprintLabel(String orderId, String by) {
        if (floor.isBlocked(StationKind.PACKING)) {
            throw ProblemException.conflict("station", "the packing station is blocked; unblock it to print labels");
        }
        return shipping.reprint(orderId).map(reprint -> {
            WorkOrderEvent.record(orderId, clock.instant(), "label", "label printed again by " + by + " (print "
                    + reprint.prints() + ")");
            return reprint.pdf();
        });
    }
}

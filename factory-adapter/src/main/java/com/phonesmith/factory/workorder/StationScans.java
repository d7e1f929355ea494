package com.phonesmith.factory.workorder;

import com.phonesmith.factory.floor.FloorService;
import com.phonesmith.factory.floor.StationKind;
import com.phonesmith.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * An operator's scans at the kitting, flashing and shipping stations (worked by hand when manual): kitting a
 * reserved handset (picked from stock and put on a flashing port), starting its flash, handing its parcel to the
 * carrier. Each scan names the phone by its IMEI and takes effect once ({@link ScanRules}); a repeated scan answers
 * as the first one. Shipping goes through the same step as the floor's own ({@link ParcelSteps}).
 */
@ApplicationScoped
public class StationScans {
    private final ScannedPhones phones;
    private final ParcelSteps parcels;
    private final FloorService floor;
    private final Clock clock;

    public StationScans(ScannedPhones phones, ParcelSteps parcels, FloorService floor, Clock clock) {
        this.phones = phones;
        this.parcels = parcels;
        this.floor = floor;
        this.clock = clock;
    }

    /** The scanned phone's work order as the station sees it after the scan. */
    public record Scanned(String station, String orderId, String imei, String model, String colour,
            Integer storageGb, WorkOrderStatus status, Instant kittedAt, String kittedBy, Instant flashStartedAt,
            String flashStartedBy, String carrier, String trackingNumber) {
        static Scanned of(StationKind station, WorkOrder order) {
            return new Scanned(station.name().toLowerCase(Locale.ROOT), order.orderId, order.imei, order.model,
                    order.colour, order.storageGb, order.status, order.kittedAt, order.kittedBy, order.flashStartedAt,
                    order.flashStartedBy, order.carrier, order.trackingNumber);
        }
    }

    /**
     * The operator picked the reserved handset from stock and put it on a flashing port: kitted, so it may be
     * flashed. With an order id (the operator picked for that order), a handset reserved for another order is refused.
     */
    @Transactional
    public Scanned kit(String imei, String forOrderId, String by) {
        WorkOrder order = scanned(StationKind.KITTING, imei);
        if (forOrderId != null && !forOrderId.isBlank() && !forOrderId.strip().equals(order.orderId)) {
            throw ProblemException.conflict("imei", "handset " + imei + " is reserved for order " + order.orderId
                    + ", not for order " + forOrderId.strip() + ": pick the handset reserved for that order");
        }
        if (judge(StationKind.KITTING, order).work()) {
            Instant now = clock.instant();
            order.kittedAt = stored(now);
            order.kittedBy = by;
            order.updatedAt = now;
            WorkOrderEvent.record(order.orderId, now, "kit", "handset " + order.imei + " kitted by operator " + by
                    + " (picked from stock and put on a flashing port)" + (order.status == WorkOrderStatus.RESERVED
                            ? "; flashed once its image is ready" : ""));
        }
        return Scanned.of(StationKind.KITTING, order);
    }

    /** The operator starts the flash of the scanned handset; the flashing station then flashes it as usual. */
    @Transactional
    public Scanned startFlash(String imei, String by) {
        WorkOrder order = scanned(StationKind.FLASHING, imei);
        if (judge(StationKind.FLASHING, order).work()) {
            Instant now = clock.instant();
            order.flashStartedAt = stored(now);
            order.flashStartedBy = by;
            order.updatedAt = now;
            WorkOrderEvent.record(order.orderId, now, "flash", "flash of handset " + order.imei + " started by"
                    + " operator " + by + (order.status == WorkOrderStatus.RESERVED
                            ? "; it begins once the image is ready" : ""));
        }
        return Scanned.of(StationKind.FLASHING, order);
    }

    /**
     * The operator hands the parcel to the carrier, scanning its phone's IMEI or the parcel's tracking number (from
     * its label; when no IMEI is given): shipped, as by the floor's own step.
     */
    @Transactional
    public Scanned ship(String imei, String trackingNumber, String by) {
        boolean byTracking = (imei == null || imei.isBlank()) && trackingNumber != null && !trackingNumber.isBlank();
        WorkOrder order = byTracking ? phones.findByTrackingNumber(StationKind.SHIPPING, trackingNumber.strip())
                : scanned(StationKind.SHIPPING, imei);
        if (judge(StationKind.SHIPPING, order).work()) {
            parcels.shipScanned(order, by, clock.instant());
        }
        return Scanned.of(StationKind.SHIPPING, order);
    }

    /** As the database keeps it (microseconds), so that a repeated scan answers the same time. */
    private static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private WorkOrder scanned(StationKind station, String imei) {
        return phones.find(station, imei, LockModeType.PESSIMISTIC_WRITE);
    }

    private ScanRules.Verdict judge(StationKind station, WorkOrder order) {
        ScanRules.Verdict verdict = ScanRules.judge(station, ScanRules.Phone.of(order),
                floor.isManual(StationKind.KITTING));
        if (verdict.isRefused()) {
            throw ProblemException.conflict("imei", verdict.refusal());
        }
        return verdict;
    }
}

package com.phonesmith.factory.workorder;

import com.phonesmith.factory.floor.FloorService;
import com.phonesmith.factory.floor.StationKind;
import com.phonesmith.factory.stock.HandsetView;
import com.phonesmith.factory.stock.Imei;
import com.phonesmith.factory.stock.StockService;
import com.phonesmith.platform.problem.Problem;
import com.phonesmith.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The work order of a phone an operator scanned at a station: the IMEI must be a valid one (400 naming
 * {@code imei}), the station not blocked (409 naming {@code station}) and some work order must have the handset (404
 * naming {@code imei}, saying whether the handset is in stock at all). Whether the phone fits the station is the
 * caller's rule.
 */
@ApplicationScoped
class ScannedPhones {
    private final FloorService floor;
    private final StockService stock;

    ScannedPhones(FloorService floor, StockService stock) {
        this.floor = floor;
        this.stock = stock;
    }

    /** The newest work order of the scanned handset, locked as asked, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    WorkOrder find(StationKind station, String imei, LockModeType lock) {
        Imei.problem(imei).ifPresent(reason -> {
            throw ProblemException.badRequest("imei", reason);
        });
        String name = station.name().toLowerCase(Locale.ROOT);
        if (floor.isBlocked(station)) {
            throw ProblemException.conflict("station", "the " + name + " station is blocked; unblock it first");
        }
        // only the id: loading the order before locking it would fail its lock once the floor moved it meanwhile
        Optional<String> found = WorkOrder.find("imei", Sort.by("createdAt").descending(), imei)
                .project(OrderId.class).firstResultOptional().map(OrderId::orderId);
        if (found.isEmpty()) {
            String reason = stock.find(imei).map(ScannedPhones::reservedForNoOrder)
                    .orElse("no work order has handset " + imei + ": is it the right phone?");
            throw new ProblemException(404, "Not found", "imei: " + reason,
                    List.of(new Problem.FieldError("imei", reason)));
        }
        return WorkOrder.findById(found.get(), lock);
    }

    /**
     * The work order of the parcel whose tracking number was scanned (any case), locked, in the caller's
     * transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    WorkOrder findByTrackingNumber(StationKind station, String trackingNumber) {
        if (trackingNumber == null || !trackingNumber.matches("[A-Za-z0-9]{6,40}")) {
            throw ProblemException.badRequest("trackingNumber", "must be 6 to 40 letters or digits, got "
                    + trackingNumber);
        }
        if (floor.isBlocked(station)) {
            throw ProblemException.conflict("station", "the " + station.name().toLowerCase(Locale.ROOT)
                    + " station is blocked; unblock it first");
        }
        String wanted = trackingNumber.toUpperCase(Locale.ROOT); // carriers print capitals; people type any case
        String found = WorkOrder.find("trackingNumber", wanted).project(OrderId.class).firstResultOptional()
                .map(OrderId::orderId).orElseThrow(() -> {
                    String reason = "no parcel has tracking number " + wanted + ": is it the right parcel?";
                    return new ProblemException(404, "Not found", "trackingNumber: " + reason,
                            List.of(new Problem.FieldError("trackingNumber", reason)));
                });
        return WorkOrder.findById(found, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A work order's id alone. */
    record OrderId(String orderId) {
    }

    private static String reservedForNoOrder(HandsetView handset) {
        return "handset " + handset.imei() + " is in stock (" + handset.status() + ") but no work order has it:"
                + " it is not reserved for any order; put it back";
    }
}

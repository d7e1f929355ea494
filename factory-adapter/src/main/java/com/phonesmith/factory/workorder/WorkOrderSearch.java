package com.phonesmith.factory.workorder;

import com.phonesmith.platform.problem.Problem;
import com.phonesmith.platform.problem.ProblemException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a work order is looked up by: exactly one of its handset's IMEI or its parcel's tracking number. */
record WorkOrderSearch(String imei, String trackingNumber) {
    private static final String ONE_OF = "give either imei or tracking";

    /** The search the query parameters ask for; a 400 problem naming the fields for none, both or a malformed one. */
    static WorkOrderSearch of(String imei, String tracking) {
        boolean byImei = imei != null && !imei.isBlank();
        boolean byTracking = tracking != null && !tracking.isBlank();
        if (byImei == byTracking) {
            String reason = byImei ? ONE_OF + ", not both" : ONE_OF;
            throw new ProblemException(400, "Bad request", "imei, tracking: " + reason, List.of(
                    new Problem.FieldError("imei", reason), new Problem.FieldError("tracking", reason)));
        }
        if (byImei) {
            if (!imei.matches("\\d{14,16}")) {
                throw ProblemException.badRequest("imei", "must be 14 to 16 digits, got " + imei);
            }
            return new WorkOrderSearch(imei, null);
        }
        if (!tracking.matches("[A-Za-z0-9]{6,40}")) {
            throw ProblemException.badRequest("tracking", "must be 6 to 40 letters or digits, got " + tracking);
        }
        // carriers print their numbers in capitals; people type them in any case
        return new WorkOrderSearch(null, tracking.toUpperCase(Locale.ROOT));
    }

    Optional<WorkOrderView> in(WorkOrderReads reads) {
        return imei != null ? reads.findByImei(imei) : reads.findByTrackingNumber(trackingNumber);
    }

    ProblemException notFound() {
        return ProblemException.notFound(imei != null ? "no work order has the handset with IMEI " + imei
                : "no work order was shipped with tracking number " + trackingNumber);
    }
}

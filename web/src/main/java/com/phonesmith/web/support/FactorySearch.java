package com.phonesmith.web.support;

import com.phonesmith.web.backend.Access;
import com.phonesmith.web.backend.BackendUnavailableException;
import com.phonesmith.web.backend.FactoryBackend;
import com.phonesmith.web.backend.WorkOrder;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Finds the order of a handset's IMEI or of a parcel's tracking number at factory-adapter. */
@ApplicationScoped
public class FactorySearch {
    private static final Logger LOG = Logger.getLogger(FactorySearch.class);

    /** The order found, or (empty) the sentence that says why there is none. */
    public record Found(Optional<String> orderId, String message) {
    }

    private final FactoryBackend factory;

    public FactorySearch(FactoryBackend factory) {
        this.factory = factory;
    }

    /** For a query of kind IMEI or TRACKING_NUMBER. */
    public Found find(Access access, SearchQuery query) {
        boolean byImei = query.kind() == SearchQuery.Kind.IMEI;
        String what = (byImei ? "IMEI " : "tracking number ") + query.text();
        Optional<WorkOrder> workOrder;
        try {
            workOrder = byImei ? factory.workOrderOfImei(access, query.text())
                    : factory.workOrderOfTrackingNumber(access, query.text());
        } catch (BackendUnavailableException e) {
            LOG.warn(e.getMessage());
            return new Found(Optional.empty(), "The factory could not be asked which order has " + what
                    + ": factory-adapter is unavailable right now. Try again in a minute, or search by order id or"
                    + " e-mail.");
        }
        if (workOrder.isPresent()) {
            return new Found(Optional.of(workOrder.get().orderId()), "");
        }
        return new Found(Optional.empty(), byImei ? "No order has a handset with IMEI " + query.text() + "."
                : "No order was shipped with tracking number " + query.text() + ".");
    }
}

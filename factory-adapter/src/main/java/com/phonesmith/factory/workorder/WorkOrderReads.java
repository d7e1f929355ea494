package com.phonesmith.factory.workorder;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Reads a work order with its history: by order id, by its handset's IMEI, or by its parcel's tracking number. */
@ApplicationScoped
public class WorkOrderReads {

    @Transactional
    public Optional<WorkOrderView> find(String orderId) {
        return WorkOrder.<WorkOrder>findByIdOptional(orderId).map(order -> WorkOrderView.of(order,
                WorkOrderEvent.<WorkOrderEvent>list("orderId", Sort.by("id"), orderId)));
    }

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
}

package com.phonesmith.factory.workorder;

import com.phonesmith.contracts.events.BuildCancelled;
import com.phonesmith.contracts.events.Delivered;
import com.phonesmith.contracts.events.DeviceProvisioned;
import com.phonesmith.contracts.events.FactoryStepFailed;
import com.phonesmith.contracts.events.Flashed;
import com.phonesmith.contracts.events.FlashingStarted;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.Packed;
import com.phonesmith.contracts.events.QaFailed;
import com.phonesmith.contracts.events.QaPassed;
import com.phonesmith.contracts.events.Shipped;
import com.phonesmith.factory.shipping.Shipment;
import java.time.Instant;

/** Every event the factory publishes, made from the work order it is about. */
final class FactoryEvents {
    private FactoryEvents() {
    }

    static HandsetReserved reserved(WorkOrder order, String serial) {
        return new HandsetReserved(order.orderId, order.imei, serial);
    }

    /** A flash station claimed the order: its attempt (counted from 1 per image and per handset) begins. */
    static FlashingStarted flashingStarted(WorkOrder order) {
        return new FlashingStarted(order.orderId, order.imei, order.attempts);
    }

    static Flashed flashed(WorkOrder order, String digest) {
        return new Flashed(order.orderId, order.imei, digest);
    }

    static DeviceProvisioned provisioned(WorkOrder order, String verifier, Instant at) {
        return new DeviceProvisioned(order.orderId, order.imei, order.maker, order.model, order.colour,
                order.storageGb, verifier, at);
    }

    static QaPassed qaPassed(WorkOrder order, String fingerprint) {
        return new QaPassed(order.orderId, order.imei, fingerprint);
    }

    static QaFailed qaFailed(WorkOrder order, String reason) {
        return new QaFailed(order.orderId, order.imei, reason);
    }

    static Packed packed(WorkOrder order) {
        return new Packed(order.orderId, order.imei);
    }

    static Shipped shipped(WorkOrder order) {
        return new Shipped(order.orderId, order.imei, order.carrier, order.trackingNumber);
    }

    static Delivered delivered(Shipment parcel) {
        return new Delivered(parcel.orderId, parcel.imei, parcel.carrier, parcel.trackingNumber, parcel.deliveredAt);
    }

    static BuildCancelled cancelled(WorkOrder order, String releasedImei, String detail) {
        return new BuildCancelled(order.orderId, releasedImei, detail);
    }

    static FactoryStepFailed stepFailed(WorkOrder order, String step, String reason) {
        return new FactoryStepFailed(order.orderId, step, reason);
    }
}

package com.phonesmith.factory.shipping;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parcels: packing books the carrier (whose tracking number goes on the label) and prints the label, shipping
 * hands the parcel over, and the carrier's reports mark it delivered. Called by the work order's steps, in their
 * transactions.
 */
@ApplicationScoped
public class ShippingService {
    private final Carrier carrier;
    private final ShippingConfig config;

    public ShippingService(Carrier carrier, ShippingConfig config) {
        this.carrier = carrier;
        this.config = config;
    }

    /** Packs the order's phone: booked with the carrier and labelled. Packing again returns the same parcel. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Shipment pack(String orderId, String imei, String contents, Instant now) {
        Shipment existing = Shipment.findById(orderId);
        if (existing != null) {
            return existing;
        }
        Carrier.Booking booking = carrier.book(orderId, now);
        Shipment shipment = new Shipment();
        shipment.orderId = orderId;
        shipment.imei = imei;
        shipment.carrier = booking.carrier();
        shipment.trackingNumber = booking.trackingNumber();
        shipment.contents = contents;
        shipment.packedAt = now;
        shipment.labelPrints = 1;
        shipment.persist();
        return shipment;
    }

    /** The carrier collects the parcel. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Shipment ship(String orderId, Instant now) {
        Shipment shipment = Shipment.findById(orderId, LockModeType.PESSIMISTIC_WRITE);
        if (shipment == null) {
            throw new IllegalStateException("order " + orderId + " has no parcel: it was never packed");
        }
        if (shipment.shippedAt == null) {
            carrier.handOver(shipment.trackingNumber, now);
            shipment.shippedAt = now;
        }
        return shipment;
    }

    /** Parcels the carrier reports delivered since the last look; each is marked delivered once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Shipment> deliveries(Instant now, int limit) {
        List<?> ids = Panache.getEntityManager().createNativeQuery("""
                select order_id from shipment where shipped_at is not null and delivered_at is null
                order by shipped_at limit :limit for update skip locked
                """).setParameter("limit", limit).getResultList();
        List<Shipment> delivered = new ArrayList<>();
        for (Object id : ids) {
            Shipment shipment = Shipment.findById(id);
            Optional<Instant> at = carrier.deliveredAt(shipment.trackingNumber, now);
            if (at.isPresent()) {
                shipment.deliveredAt = at.get();
                delivered.add(shipment);
            }
        }
        return delivered;
    }

    @Transactional
    public Optional<byte[]> label(String orderId) {
        return Shipment.<Shipment>findByIdOptional(orderId).map(this::render);
    }

    /** Prints the label again (a torn or lost one) and counts it. */
    @Transactional
    public Optional<Reprint> reprint(String orderId) {
        Shipment shipment = Shipment.findById(orderId, LockModeType.PESSIMISTIC_WRITE);
        if (shipment == null) {
            return Optional.empty();
        }
        shipment.labelPrints++;
        return Optional.of(new Reprint(render(shipment), shipment.labelPrints));
    }

    public record Reprint(byte[] pdf, int prints) {
    }

    private byte[] render(Shipment shipment) {
        return ShippingLabel.pdf(new ShippingLabel.Data(shipment.orderId, shipment.trackingNumber, shipment.carrier,
                config.sender(), shipment.contents, shipment.imei));
    }
}

package com.phonesmith.factory.shipping;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A carrier that lives in our database, for development, tests and demos: it books with a tracking number of its
 * own ({@link TrackingNumbers}), collects, and delivers {@code factory.shipping.simulated-transit} after collection;
 * a cancelled booking is never collected.
 * A real carrier's adapter implements {@link Carrier} the same way against the carrier's API.
 */
@ApplicationScoped
public class SimulatedCarrier implements Carrier {
    private final ShippingConfig config;

    public SimulatedCarrier(ShippingConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return config.carrier();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Booking book(String reference, Instant now) {
        var em = Panache.getEntityManager();
        List<?> existing = em.createNativeQuery(
                "select tracking_number from simulated_carrier_booking where reference = :reference")
                .setParameter("reference", reference).getResultList();
        if (!existing.isEmpty()) {
            return new Booking(name(), (String) existing.get(0));
        }
        long sequence = ((Number) em.createNativeQuery("select nextval('tracking_number_seq')").getSingleResult())
                .longValue();
        String trackingNumber = TrackingNumbers.forSequence(sequence);
        em.createNativeQuery("""
                insert into simulated_carrier_booking (tracking_number, reference, booked_at)
                values (:tracking, :reference, :now)
                """).setParameter("tracking", trackingNumber).setParameter("reference", reference)
                .setParameter("now", now).executeUpdate();
        return new Booking(name(), trackingNumber);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void handOver(String trackingNumber, Instant now) {
        int updated = Panache.getEntityManager().createNativeQuery("""
                update simulated_carrier_booking set collected_at = :now, delivers_at = :delivers
                where tracking_number = :tracking and collected_at is null and cancelled_at is null
                """).setParameter("now", now).setParameter("delivers", now.plus(config.simulatedTransit()))
                .setParameter("tracking", trackingNumber).executeUpdate();
        if (updated == 0 && deliversAt(trackingNumber).isEmpty()) {
            throw new IllegalStateException("the carrier has no open booking " + trackingNumber
                    + " (none, or it was cancelled)");
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean cancel(String trackingNumber, Instant now) {
        return Panache.getEntityManager().createNativeQuery("""
                update simulated_carrier_booking set cancelled_at = coalesce(cancelled_at, :now)
                where tracking_number = :tracking and collected_at is null
                """).setParameter("now", now).setParameter("tracking", trackingNumber).executeUpdate() > 0;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Instant> deliveredAt(String trackingNumber, Instant now) {
        return deliversAt(trackingNumber).filter(at -> !at.isAfter(now));
    }

    private Optional<Instant> deliversAt(String trackingNumber) {
        List<?> rows = Panache.getEntityManager().createNativeQuery(
                "select delivers_at from simulated_carrier_booking where tracking_number = :tracking")
                .setParameter("tracking", trackingNumber).getResultList();
        return rows.stream().filter(java.util.Objects::nonNull).findFirst().map(SimulatedCarrier::toInstant);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}

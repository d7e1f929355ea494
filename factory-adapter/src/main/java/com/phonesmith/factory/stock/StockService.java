package com.phonesmith.factory.stock;

import com.phonesmith.platform.problem.Problem;
import com.phonesmith.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The handset stock: what was received and what the stations hold, which handset is reserved for which order (and
 * given back when the order is cancelled), what has shipped, and which were set aside as faulty.
 */
@ApplicationScoped
public class StockService {

    /**
     * Records a handset the scan found at a station: a new IMEI becomes AVAILABLE; a known one keeps its status
     * and order, and only its station, serial and variant are refreshed.
     */
    @Transactional
    public void recordFound(FoundHandset found, Instant now) {
        Panache.getEntityManager().createNativeQuery("""
                insert into handset (imei, serial, model, colour, storage_gb, station_host, station_port, status,
                                     first_seen_at, last_seen_at, updated_at)
                values (:imei, :serial, :model, :colour, :storageGb, :host, :port, 'AVAILABLE', :now, :now, :now)
                on conflict (imei) do update set
                    serial = excluded.serial, model = excluded.model, colour = excluded.colour,
                    storage_gb = excluded.storage_gb, station_host = excluded.station_host,
                    station_port = excluded.station_port, last_seen_at = excluded.last_seen_at,
                    updated_at = case
                        when (handset.serial, handset.model, handset.colour, handset.storage_gb,
                              handset.station_host, handset.station_port)
                           = (excluded.serial, excluded.model, excluded.colour, excluded.storage_gb,
                              excluded.station_host, excluded.station_port)
                        then handset.updated_at else excluded.updated_at end
                """)
                .setParameter("imei", found.imei())
                .setParameter("serial", found.serial())
                .setParameter("model", found.variant().model())
                .setParameter("colour", found.variant().colour())
                .setParameter("storageGb", found.variant().storageGb())
                .setParameter("host", found.stationHost())
                .setParameter("port", found.stationPort())
                .setParameter("now", now)
                .executeUpdate();
    }

    /**
     * Reserves one AVAILABLE handset of exactly this variant for the order. Rows another transaction is reserving
     * right now are skipped (SKIP LOCKED), so concurrent orders never wait for or take the same handset.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<HandsetView> reserve(Variant variant, String orderId, Instant now) {
        List<?> imeis = Panache.getEntityManager().createNativeQuery("""
                select imei from handset
                where status = 'AVAILABLE' and model = :model and colour = :colour and storage_gb = :storageGb
                order by station_host is null, imei
                limit 1
                for update skip locked
                """)
                .setParameter("model", variant.model())
                .setParameter("colour", variant.colour())
                .setParameter("storageGb", variant.storageGb())
                .getResultList();
        if (imeis.isEmpty()) {
            return Optional.empty();
        }
        Handset handset = Handset.findById((String) imeis.get(0));
        handset.status = HandsetStatus.RESERVED;
        handset.orderId = orderId;
        handset.updatedAt = now;
        return Optional.of(HandsetView.of(handset));
    }

    /** The reserved handset left the factory with the order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markShipped(String imei, String orderId, Instant now) {
        Handset handset = Handset.findById(imei);
        if (handset == null || !orderId.equals(handset.orderId)) {
            throw new IllegalStateException("handset " + imei + " is not reserved for order " + orderId);
        }
        handset.status = HandsetStatus.SHIPPED;
        handset.updatedAt = now;
    }

    /**
     * Gives the handset reserved for the order back to stock (AVAILABLE, free for any order of its variant). Returns
     * false, changing nothing, when it is not reserved for that order (it left the factory, was set aside, or was
     * given back already).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean release(String imei, String orderId, Instant now) {
        Handset handset = Handset.findById(imei, LockModeType.PESSIMISTIC_WRITE);
        if (handset == null || handset.status != HandsetStatus.RESERVED || !orderId.equals(handset.orderId)) {
            return false;
        }
        handset.status = HandsetStatus.AVAILABLE;
        handset.orderId = null;
        handset.updatedAt = now;
        return true;
    }

    /**
     * Sets the handset reserved for the order aside as faulty: it is never reserved again, and keeps the order it
     * failed for.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void setAsideFaulty(String imei, String orderId, Instant now) {
        Handset handset = Handset.findById(imei, LockModeType.PESSIMISTIC_WRITE);
        if (handset == null || handset.status != HandsetStatus.RESERVED || !orderId.equals(handset.orderId)) {
            throw new IllegalStateException("handset " + imei + " is not reserved for order " + orderId);
        }
        handset.status = HandsetStatus.FAULTY;
        handset.updatedAt = now;
    }

    /**
     * Takes a delivery of handsets into stock, all or none: every IMEI is new (one already in stock, even received
     * at the same moment by someone else, refuses the whole receipt naming it).
     */
    @Transactional
    public StockReceipt.Received receive(StockReceipt receipt, String by, Instant now) {
        List<Problem.FieldError> errors = ReceiptRules.check(receipt);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        var em = Panache.getEntityManager();
        List<String> imeis = receipt.handsets().stream().map(StockReceipt.ReceivedHandset::imei).toList();
        List<?> known = em.createNativeQuery("select imei from handset where imei in (:imeis)")
                .setParameter("imeis", imeis).getResultList();
        if (!known.isEmpty()) {
            throw ProblemException.conflict("handsets[" + imeis.indexOf((String) known.get(0)) + "].imei",
                    "IMEI " + known.get(0) + " is in stock already" + (known.size() > 1 ? " (and " + (known.size() - 1)
                            + " more of this receipt)" : "") + "; nothing of this receipt was taken in");
        }
        for (StockReceipt.ReceivedHandset handset : receipt.handsets()) {
            int inserted = em.createNativeQuery("""
                    insert into handset (imei, serial, model, colour, storage_gb, status, first_seen_at, last_seen_at,
                                         updated_at, received_at, received_by)
                    values (:imei, :serial, :model, :colour, :storageGb, 'AVAILABLE', :now, :now, :now, :now, :by)
                    on conflict (imei) do nothing
                    """)
                    .setParameter("imei", handset.imei())
                    .setParameter("serial", handset.serial().trim())
                    .setParameter("model", receipt.model())
                    .setParameter("colour", receipt.colour())
                    .setParameter("storageGb", receipt.storageGb())
                    .setParameter("now", now)
                    .setParameter("by", by)
                    .executeUpdate();
            if (inserted == 0) {
                throw ProblemException.conflict("handsets[" + imeis.indexOf(handset.imei()) + "].imei", "IMEI "
                        + handset.imei() + " was taken into stock meanwhile; nothing of this receipt was taken in");
            }
        }
        return new StockReceipt.Received(receipt.model(), receipt.colour(), receipt.storageGb(), imeis.size(), imeis);
    }

    /** Handsets of exactly this variant in stock and not reserved. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long countAvailable(Variant variant) {
        return ((Number) Panache.getEntityManager().createNativeQuery("""
                select count(*) from handset
                where status = 'AVAILABLE' and model = :model and colour = :colour and storage_gb = :storageGb
                """)
                .setParameter("model", variant.model())
                .setParameter("colour", variant.colour())
                .setParameter("storageGb", variant.storageGb())
                .getSingleResult()).longValue();
    }

    @Transactional
    public Optional<HandsetView> find(String imei) {
        return Handset.<Handset>findByIdOptional(imei).map(HandsetView::of);
    }

    /** Handsets by IMEI, all of them or those of one status. */
    @Transactional
    public HandsetPage list(Optional<HandsetStatus> status, int page, int size) {
        Sort byImei = Sort.by("imei");
        var query = status.isPresent() ? Handset.<Handset>find("status", byImei, status.get())
                : Handset.<Handset>findAll(byImei);
        List<HandsetView> items = query.page(Page.of(page, size)).list().stream().map(HandsetView::of).toList();
        return new HandsetPage(items, page, size, query.count());
    }
}

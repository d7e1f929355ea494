package com.phonesmith.factory.stock;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The handset stock: what the stations hold, which handset is reserved for which order, what has shipped. */
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
                order by imei
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

package com.phonesmith.configurator.launch;

import com.phonesmith.configurator.catalog.Catalog;
import com.phonesmith.configurator.catalog.CatalogService;
import com.phonesmith.platform.problem.Problem.FieldError;
import com.phonesmith.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Launches: pre-order windows with a unit quota per variant and a limit per buyer. An order of a model whose launch
 * is open takes one unit in the order's transaction with a conditional update ({@code sold < units}), so that under
 * any concurrency, on any replica, no launch sells more than its quota and the last unit has exactly one buyer; a
 * transaction-scoped advisory lock per buyer keeps the limit per buyer. A model whose launch has not opened yet is
 * not sold until it opens; after it closes, or once an admin ended it ({@link LaunchChanges}), the model is sold as
 * usual.
 */
@ApplicationScoped
public class Launches {
    private static final String COLUMNS = "code, model_code, opens_at, closes_at, per_customer, ended_at";

    private final EntityManager entities;
    private final CatalogService catalogs;
    private final Clock clock;

    public Launches(EntityManager entities, CatalogService catalogs, Clock clock) {
        this.entities = entities;
        this.catalogs = catalogs;
        this.clock = clock;
    }

    /** Creates the launch: 422 naming each wrong field, 409 if the code is taken or the model's launches overlap. */
    @Transactional
    public LaunchStatus create(LaunchRequest request) {
        Catalog catalog = catalogs.current();
        List<FieldError> errors = new ArrayList<>();
        Optional<Catalog.Model> model = catalog.model(request.model());
        if (model.isEmpty()) {
            errors.add(new FieldError("model", "is not a model we sell"));
        }
        if (!request.closesAt().isAfter(request.opensAt())) {
            errors.add(new FieldError("closesAt", "must be after opensAt"));
        }
        Set<String> variants = new HashSet<>();
        for (int i = 0; i < request.quotas().size(); i++) {
            LaunchRequest.Quota quota = request.quotas().get(i);
            if (model.isPresent() && model.get().variant(quota.colour(), quota.storageGb()).isEmpty()) {
                errors.add(new FieldError("quotas[" + i + "]", "is not a variant of " + request.model()));
            } else if (!variants.add(quota.colour() + "/" + quota.storageGb())) {
                errors.add(new FieldError("quotas[" + i + "]", "lists its variant again"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        lock("launch-model:" + request.model());
        if (status(request.code()).isPresent()) {
            throw ProblemException.conflict("code", "is already a launch");
        }
        @SuppressWarnings("unchecked")
        List<String> overlapping = entities.createNativeQuery("select code from launch where model_code = ?1"
                        + " and opens_at < ?2 and least(closes_at, ended_at) > ?3")
                .setParameter(1, request.model()).setParameter(2, utc(request.closesAt()))
                .setParameter(3, utc(request.opensAt())).getResultList();
        if (!overlapping.isEmpty()) {
            throw ProblemException.conflict("opensAt", "the window overlaps the launch " + overlapping.get(0)
                    + " of the same model");
        }
        entities.createNativeQuery("insert into launch (code, model_code, opens_at, closes_at, per_customer)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, request.code()).setParameter(2, request.model())
                .setParameter(3, utc(request.opensAt())).setParameter(4, utc(request.closesAt()))
                .setParameter(5, request.perCustomer()).executeUpdate();
        for (LaunchRequest.Quota quota : request.quotas()) {
            entities.createNativeQuery("insert into launch_quota (launch_code, colour, storage_gb, units)"
                            + " values (?1, ?2, ?3, ?4)")
                    .setParameter(1, request.code()).setParameter(2, quota.colour())
                    .setParameter(3, quota.storageGb()).setParameter(4, quota.units()).executeUpdate();
        }
        return status(request.code()).orElseThrow();
    }

    /** The launch with its units sold and left, if there is one with this code. */
    @Transactional
    public Optional<LaunchStatus> status(String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> launch = entities.createNativeQuery("select " + COLUMNS + " from launch where code = ?1")
                .setParameter(1, code).getResultList();
        return withQuotas(launch).stream().findFirst();
    }

    /**
     * One page of the launches, newest window first (the latest {@code opens_at}, then the latest {@code closes_at},
     * then by code), each with its units sold and left per variant: two queries, whatever the page's size.
     */
    @Transactional
    public LaunchPage list(int page, int size) {
        long total = ((Number) entities.createNativeQuery("select count(*) from launch").getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> launches = entities.createNativeQuery("select " + COLUMNS
                        + " from launch order by opens_at desc, closes_at desc, code")
                .setFirstResult(Math.multiplyExact(page, size)).setMaxResults(size).getResultList();
        return new LaunchPage(withQuotas(launches), page, size, total);
    }

    /** The launches of these rows ({@link #COLUMNS}), in their order, as they stand now. */
    private List<LaunchStatus> withQuotas(List<Object[]> launches) {
        if (launches.isEmpty()) {
            return List.of();
        }
        List<String> codes = launches.stream().map(row -> (String) row[0]).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> quotas = entities.createNativeQuery("select launch_code, colour, storage_gb, units, sold"
                        + " from launch_quota where launch_code in (:codes) order by launch_code, colour, storage_gb")
                .setParameter("codes", codes).getResultList();
        Map<String, List<LaunchStatus.Quota>> byLaunch = new HashMap<>();
        for (Object[] q : quotas) {
            int units = ((Number) q[3]).intValue();
            int sold = ((Number) q[4]).intValue();
            byLaunch.computeIfAbsent((String) q[0], c -> new ArrayList<>()).add(new LaunchStatus.Quota((String) q[1],
                    ((Number) q[2]).intValue(), units, sold, units - sold));
        }
        Instant now = clock.instant();
        return launches.stream().map(row -> {
            Instant opensAt = instant(row[2]);
            Instant closesAt = instant(row[3]);
            Instant endedAt = row[5] == null ? null : instant(row[5]);
            return new LaunchStatus((String) row[0], (String) row[1], opensAt, closesAt, endedAt,
                    LaunchStatus.State.at(opensAt, closesAt, endedAt, now), ((Number) row[4]).intValue(),
                    byLaunch.getOrDefault((String) row[0], List.of()));
        }).toList();
    }

    /** Of these models, those with a launch that has not closed yet and was not ended, as the connection sees it. */
    public Set<String> modelsInLaunch(Connection connection, Collection<String> models, Instant now)
            throws SQLException {
        Set<String> launched = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("select distinct model_code from launch"
                + " where model_code = any(?) and closes_at > ? and ended_at is null")) {
            select.setArray(1, connection.createArrayOf("text", models.toArray()));
            select.setObject(2, utc(now));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    launched.add(rows.getString(1));
                }
            }
        }
        return launched;
    }

    /**
     * Takes one unit of the variant for an order being placed (in its transaction, before or after its row is
     * written: the sale's reference to the order is checked at commit), if a
     * launch of the model has not closed yet and was not ended: 422 before the launch opens, for a variant outside
     * the launch or a buyer at the launch's limit; 409 when the variant's quota is sold out.
     */
    // a refusal refuses the one order: the transaction may go on with the others of its batch
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = ProblemException.class)
    public void take(String model, String colour, int storageGb, UUID orderId, String buyer, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> launches = entities.createNativeQuery("select code, opens_at, per_customer from launch"
                        + " where model_code = ?1 and closes_at > ?2 and ended_at is null order by opens_at limit 1")
                .setParameter(1, model).setParameter(2, utc(now)).getResultList();
        if (launches.isEmpty()) {
            return;
        }
        String code = (String) launches.get(0)[0];
        Instant opensAt = instant(launches.get(0)[1]);
        int perCustomer = ((Number) launches.get(0)[2]).intValue();
        String name = catalogs.current().model(model).map(Catalog.Model::name).orElse(model);
        if (now.isBefore(opensAt)) {
            throw ProblemException.invalid("model", "pre-orders of the " + name + " open at " + opensAt);
        }
        lock("launch-buyer:" + code + ":" + buyer);
        long bought = ((Number) entities.createNativeQuery("select count(*) from launch_sale where launch_code = ?1"
                + " and buyer = ?2").setParameter(1, code).setParameter(2, buyer).getSingleResult()).longValue();
        if (bought >= perCustomer) {
            throw ProblemException.invalid("customerEmail", "the launch of the " + name + " allows " + perCustomer
                    + (perCustomer == 1 ? " phone" : " phones") + " per buyer, and this buyer has ordered " + bought);
        }
        int taken = entities.createNativeQuery("update launch_quota set sold = sold + 1 where launch_code = ?1"
                        + " and colour = ?2 and storage_gb = ?3 and sold < units")
                .setParameter(1, code).setParameter(2, colour).setParameter(3, storageGb).executeUpdate();
        if (taken == 0) {
            boolean inLaunch = !entities.createNativeQuery("select 1 from launch_quota where launch_code = ?1"
                            + " and colour = ?2 and storage_gb = ?3")
                    .setParameter(1, code).setParameter(2, colour).setParameter(3, storageGb).getResultList().isEmpty();
            if (inLaunch) {
                throw ProblemException.conflict("storageGb", "the launch of the " + name + " has sold every "
                        + colour + " " + storageGb + " GB unit; choose another colour or storage size");
            }
            throw ProblemException.invalid("storageGb", colour + " " + storageGb + " GB is not part of the launch of"
                    + " the " + name);
        }
        entities.createNativeQuery("insert into launch_sale (order_id, launch_code, buyer) values (?1, ?2, ?3)")
                .setParameter(1, orderId).setParameter(2, code).setParameter(3, buyer).executeUpdate();
    }

    private void lock(String key) {
        lock(entities, key);
    }

    /** A transaction-scoped advisory lock on this key. */
    static void lock(EntityManager entities, String key) {
        entities.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))").setParameter(1, key)
                .getSingleResult();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a time: " + value);
    }
}

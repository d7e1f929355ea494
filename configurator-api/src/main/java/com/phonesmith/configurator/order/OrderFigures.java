package com.phonesmith.configurator.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Orders of one maker's phones counted in PostgreSQL (set-based, never row by row): no personal data leaves. A
 * cancelled order is not a sale and is not counted.
 */
@ApplicationScoped
public class OrderFigures {
    /** Orders and their value for one variant. */
    public record VariantFigures(String model, String colour, int storageGb, long orders, long valueMinor) {
    }

    /** Orders placed in the week (Monday, UTC) starting {@code weekStart}. */
    public record WeekFigures(LocalDate weekStart, long orders) {
    }

    private final EntityManager entities;

    public OrderFigures(EntityManager entities) {
        this.entities = entities;
    }

    @Transactional
    public List<VariantFigures> byVariant(String maker) {
        List<?> rows = entities.createNativeQuery("""
                select model_code, colour, storage_gb, count(*), coalesce(sum(price_minor), 0)
                from customer_order where maker_code = ?1 and status <> 'CANCELLED'
                group by model_code, colour, storage_gb order by model_code, colour, storage_gb""")
                .setParameter(1, maker).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new VariantFigures((String) r[0], (String) r[1],
                ((Number) r[2]).intValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList();
    }

    @Transactional
    public List<WeekFigures> byWeek(String maker, Instant since) {
        List<?> rows = entities.createNativeQuery("""
                select cast(date_trunc('week', placed_at at time zone 'UTC') as date), count(*)
                from customer_order where maker_code = ?1 and placed_at >= ?2 and status <> 'CANCELLED'
                group by 1 order by 1""")
                .setParameter(1, maker).setParameter(2, since).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new WeekFigures(toLocalDate(r[0]),
                ((Number) r[1]).longValue())).toList();
    }

    private static LocalDate toLocalDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return ((Instant) value).atZone(ZoneOffset.UTC).toLocalDate();
    }
}

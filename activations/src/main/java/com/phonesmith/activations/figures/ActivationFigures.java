package com.phonesmith.activations.figures;

import com.phonesmith.activations.ActivationsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Activations counted in PostgreSQL: by model and ISO week for a maker, and the year's totals against the target. */
@ApplicationScoped
public class ActivationFigures {
    private final EntityManager entities;
    private final Clock clock;
    private final ActivationsConfig config;

    public ActivationFigures(EntityManager entities, Clock clock, ActivationsConfig config) {
        this.entities = entities;
        this.clock = clock;
        this.config = config;
    }

    public record Week(String week, String model, long activated) {
    }

    public record ModelInUse(String model, long activated, long inUse) {
    }

    public record MakerFigures(String maker, List<ModelInUse> models, List<Week> weeks) {
    }

    public record MakerTotal(String maker, long activatedThisYear, long inUse) {
    }

    public record ModelTotal(String maker, String model, long activatedThisYear, long inUse) {
    }

    public record MakerWeek(String week, String maker, long activated) {
    }

    /** The year's activations against the target; by maker, by model, and by maker and ISO week (recent weeks). */
    public record Summary(int year, long target, long activatedThisYear, double shareOfTarget, List<MakerTotal> makers,
            List<ModelTotal> models, List<MakerWeek> weeks) {
    }

    @SuppressWarnings("unchecked")
    public MakerFigures ofMaker(String maker, int weeks) {
        Instant now = clock.instant();
        Instant since = now.atZone(ZoneOffset.UTC).toLocalDate().minusWeeks(weeks).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Object[]> byWeek = entities.createNativeQuery("""
                select to_char(activated_at at time zone 'UTC', 'IYYY-"W"IW') as week, model, count(*)
                from device where maker = ?1 and activated_at >= ?2
                group by 1, 2 order by 1, 2""").setParameter(1, maker).setParameter(2, since.atOffset(ZoneOffset.UTC))
                .getResultList();
        List<Object[]> byModel = entities.createNativeQuery("""
                select model, count(*), count(*) filter (where last_seen_at + ?2 * interval '1 second' > ?3)
                from device where maker = ?1 and activated_at is not null
                group by model order by model""").setParameter(1, maker)
                .setParameter(2, config.outOfUseAfter().toSeconds()).setParameter(3, now.atOffset(ZoneOffset.UTC))
                .getResultList();
        return new MakerFigures(maker,
                byModel.stream().map(r -> new ModelInUse((String) r[0], n(r[1]), n(r[2]))).toList(),
                byWeek.stream().map(r -> new Week((String) r[0], (String) r[1], n(r[2]))).toList());
    }

    @SuppressWarnings("unchecked")
    public Summary summary(int weeks) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        Instant yearStart = today.withDayOfYear(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant since = today.minusWeeks(weeks).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Object[]> rows = entities.createNativeQuery("""
                select maker, model, count(*) filter (where activated_at >= ?1),
                       count(*) filter (where last_seen_at + ?2 * interval '1 second' > ?3)
                from device where activated_at is not null group by maker, model order by maker, model""")
                .setParameter(1, yearStart.atOffset(ZoneOffset.UTC)).setParameter(2, config.outOfUseAfter().toSeconds())
                .setParameter(3, now.atOffset(ZoneOffset.UTC)).getResultList();
        List<Object[]> byWeek = entities.createNativeQuery("""
                select to_char(activated_at at time zone 'UTC', 'IYYY-"W"IW') as week, maker, count(*)
                from device where activated_at >= ?1
                group by 1, 2 order by 1, 2""").setParameter(1, since.atOffset(ZoneOffset.UTC)).getResultList();
        List<ModelTotal> models = rows.stream().map(r -> new ModelTotal((String) r[0], (String) r[1], n(r[2]), n(r[3])))
                .toList();
        Map<String, MakerTotal> makers = new TreeMap<>();
        for (ModelTotal model : models) {
            makers.merge(model.maker(), new MakerTotal(model.maker(), model.activatedThisYear(), model.inUse()),
                    (a, b) -> new MakerTotal(a.maker(), a.activatedThisYear() + b.activatedThisYear(),
                            a.inUse() + b.inUse()));
        }
        long total = models.stream().mapToLong(ModelTotal::activatedThisYear).sum();
        double share = config.annualTarget() == 0 ? 0 : (double) total / config.annualTarget();
        return new Summary(today.getYear(), config.annualTarget(), total, share, List.copyOf(makers.values()), models,
                byWeek.stream().map(r -> new MakerWeek((String) r[0], (String) r[1], n(r[2]))).toList());
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}

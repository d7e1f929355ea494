package com.phonesmith.factory.capacity;

import com.phonesmith.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The capacity calendar in the database: days are made from the factory model when first needed, a new work order
 * books the earliest day with room left (a conditional update, so no day is ever booked beyond its capacity), and
 * an admin can change one day.
 */
@ApplicationScoped
public class CapacityService {
    private final FactoryCalendar calendar;
    /** The last range of days known to have rows (rows are never deleted), so bookings do not make them again. */
    private final AtomicReference<LocalDate[]> made = new AtomicReference<>(new LocalDate[] {LocalDate.MAX, LocalDate.MIN});

    public CapacityService(CapacityConfig config) {
        this.calendar = FactoryCalendar.of(config);
    }

    public FactoryCalendar calendar() {
        return calendar;
    }

    /** Today when an order booked now can still be finished today, otherwise tomorrow. */
    public LocalDate firstWorkableDay(Instant now) {
        LocalDate today = calendar.dateOf(now);
        return calendar.canFinishToday(now) ? today : today.plusDays(1);
    }

    public LocalDate lastBookableDay(Instant now) {
        return calendar.dateOf(now).plusDays(calendar.horizonDays());
    }

    /** Books one phone on the earliest day with room from now on; empty when the whole horizon is full. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<LocalDate> book(Instant now) {
        LocalDate first = firstWorkableDay(now);
        LocalDate last = lastBookableDay(now);
        makeDays(first, last, now);
        EntityManager em = Panache.getEntityManager();
        for (LocalDate day : daysWithRoom(first, last)) {
            int updated = em.createNativeQuery("""
                    update capacity_day set booked = booked + 1, updated_at = :now
                    where day = :day and booked < capacity
                    """).setParameter("day", day).setParameter("now", now).executeUpdate();
            if (updated == 1) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /**
     * Gives back the day an order had booked (a cancelled order): one place less booked on it. The booked count is a
     * counter of the work orders whose slot_day is that day (a plan writes it again from them), so the caller clears
     * the order's slot_day in the same transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(LocalDate day, Instant now) {
        Panache.getEntityManager().createNativeQuery("""
                update capacity_day set booked = booked - 1, updated_at = :now where day = :day and booked > 0
                """).setParameter("day", day).setParameter("now", now).executeUpdate();
    }

    /** The earliest day from now on with room for one more phone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<LocalDate> earliestFreeDay(Instant now) {
        LocalDate first = firstWorkableDay(now);
        LocalDate last = lastBookableDay(now);
        makeDays(first, last, now);
        return daysWithRoom(first, last).stream().findFirst();
    }

    @Transactional
    public List<CapacityDay> days(LocalDate from, int count, Instant now) {
        LocalDate to = from.plusDays(count - 1L);
        makeDays(from, to, now);
        List<CapacityDay> days = new ArrayList<>(count);
        for (Object row : Panache.getEntityManager().createNativeQuery("""
                select day, capacity, booked, overridden from capacity_day where day between :from and :to order by day
                """).setParameter("from", from).setParameter("to", to).getResultList()) {
            days.add(dayOf((Object[]) row));
        }
        return days;
    }

    /** An admin sets one day's capacity (a holiday, an extra shift); never below what is booked on it. */
    @Transactional
    public CapacityDay override(LocalDate day, int capacity, Instant now) {
        if (capacity < 0) {
            throw ProblemException.badRequest("capacity", "must be zero or more, got " + capacity);
        }
        makeDays(day, day, now);
        EntityManager em = Panache.getEntityManager();
        Object[] row = (Object[]) em.createNativeQuery(
                "select day, capacity, booked, overridden from capacity_day where day = :day for update")
                .setParameter("day", day).getSingleResult();
        CapacityDay current = dayOf(row);
        if (capacity < current.booked()) {
            throw ProblemException.conflict("capacity", current.booked() + " phones are booked on " + day
                    + "; move them first (expedite or replan) or keep at least that capacity");
        }
        em.createNativeQuery("""
                update capacity_day set capacity = :capacity, overridden = true, updated_at = :now where day = :day
                """).setParameter("capacity", capacity).setParameter("now", now).setParameter("day", day)
                .executeUpdate();
        return new CapacityDay(day, capacity, current.booked(), capacity - current.booked(), true);
    }

    /**
     * Rows for every day in the range, each with the configured capacity of its day, committed on their own so that
     * the remembered range is true even when the caller's transaction rolls back.
     */
    public void makeDays(LocalDate from, LocalDate to, Instant now) {
        LocalDate[] known = made.get();
        if (!from.isBefore(known[0]) && !to.isAfter(known[1])) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Panache.getEntityManager();
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                em.createNativeQuery("""
                        insert into capacity_day (day, capacity, booked, overridden, updated_at)
                        values (:day, :capacity, 0, false, :now) on conflict (day) do nothing
                        """).setParameter("day", day).setParameter("capacity", calendar.capacityOf(day))
                        .setParameter("now", now).executeUpdate();
            }
        });
        made.set(new LocalDate[] {from, to});
    }

    private List<LocalDate> daysWithRoom(LocalDate first, LocalDate last) {
        List<LocalDate> days = new ArrayList<>();
        for (Object day : Panache.getEntityManager().createNativeQuery("""
                select day from capacity_day where day between :first and :last and booked < capacity order by day
                """).setParameter("first", first).setParameter("last", last).getResultList()) {
            days.add(toLocalDate(day));
        }
        return days;
    }

    static LocalDate toLocalDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static CapacityDay dayOf(Object[] row) {
        int capacity = ((Number) row[1]).intValue();
        int booked = ((Number) row[2]).intValue();
        return new CapacityDay(toLocalDate(row[0]), capacity, booked, capacity - booked, (Boolean) row[3]);
    }
}

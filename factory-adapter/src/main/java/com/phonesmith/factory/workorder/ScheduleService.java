package com.phonesmith.factory.workorder;

import com.phonesmith.factory.capacity.CapacityService;
import com.phonesmith.factory.capacity.EdfScheduler;
import com.phonesmith.factory.capacity.FactoryCalendar;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Plans every work order that has not started yet again, earliest deadline first, into the capacity left by the
 * orders that have: after an expedite, a capacity change, or on a timer. Orders being worked right now (their rows
 * locked) count as started. The calendar's rows are locked first, so bookings wait for the plan and the booked
 * counts written at the end are exact.
 */
@ApplicationScoped
public class ScheduleService {
    private static final Logger LOG = Logger.getLogger(ScheduleService.class);
    /**
     * Not started: no handset yet, a handset but no image yet, or an image not yet picked up by a flash worker. A
     * cancelled order is neither planned nor counted: it gave its day back (its slot_day is null).
     */
    static final String NOT_STARTED = "status in ('WAITING_FOR_STOCK', 'RESERVED') or (status = 'FLASH_PENDING' and attempts = 0)";

    private final CapacityService capacity;
    private final EdfScheduler scheduler = new EdfScheduler();

    public ScheduleService(CapacityService capacity) {
        this.capacity = capacity;
    }

    @Transactional
    public ReplanResult replan(Instant now) {
        Panache.getEntityManager().flush();
        long started = System.nanoTime();
        FactoryCalendar calendar = capacity.calendar();
        LocalDate today = calendar.dateOf(now);
        LocalDate first = capacity.firstWorkableDay(now);
        LocalDate last = capacity.lastBookableDay(now);
        capacity.makeDays(today, last, now);
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            Map<LocalDate, Integer> dayCapacity = lockDays(connection, today, last);
            List<Movable> movable = lockMovable(connection, calendar);
            Map<LocalDate, Integer> fixed = bookedDays(connection, today, last);
            for (Movable order : movable) {
                if (order.slot != null) {
                    fixed.computeIfPresent(order.slot, (day, count) -> count - 1);
                }
            }
            EdfScheduler.Plan plan = scheduler.plan(movable.stream().map(Movable::job).toList(), first,
                    (int) (last.toEpochDay() - first.toEpochDay()) + 1,
                    day -> dayCapacity.getOrDefault(day, 0) - fixed.getOrDefault(day, 0));
            int moved = writeSlots(connection, movable, plan);
            writeBooked(connection, today, last, now);
            long millis = (System.nanoTime() - started) / 1_000_000;
            ReplanResult result = new ReplanResult(first, last, plan.slots().size(), moved, plan.late(),
                    plan.unscheduled().size(), millis);
            LOG.infof("replanned %d work orders in %d ms: %d moved, %d late, %d unscheduled", result.planned(),
                    millis, moved, result.late(), result.unscheduled());
            return result;
        });
    }

    private record Movable(String id, LocalDate slot, EdfScheduler.Job job) {
    }

    private static Map<LocalDate, Integer> lockDays(Connection connection, LocalDate from, LocalDate to)
            throws SQLException {
        Map<LocalDate, Integer> days = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select day, capacity from capacity_day where day between ? and ? order by day for update")) {
            select.setDate(1, Date.valueOf(from));
            select.setDate(2, Date.valueOf(to));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    days.put(rows.getDate(1).toLocalDate(), rows.getInt(2));
                }
            }
        }
        return days;
    }

    private static List<Movable> lockMovable(Connection connection, FactoryCalendar calendar) throws SQLException {
        List<Movable> movable = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select order_id, slot_day, ship_by, expedited,"
                + " created_at from work_order where " + NOT_STARTED + " for update skip locked")) {
            select.setFetchSize(5000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String id = rows.getString(1);
                    Date slot = rows.getDate(2);
                    Date shipBy = rows.getDate(3);
                    Instant created = rows.getTimestamp(5).toInstant();
                    LocalDate due = shipBy != null ? shipBy.toLocalDate()
                            : calendar.shipByForOrderedOn(calendar.dateOf(created));
                    movable.add(new Movable(id, slot == null ? null : slot.toLocalDate(),
                            new EdfScheduler.Job(id, due, rows.getBoolean(4), created)));
                }
            }
        }
        return movable;
    }

    private static Map<LocalDate, Integer> bookedDays(Connection connection, LocalDate from, LocalDate to)
            throws SQLException {
        Map<LocalDate, Integer> booked = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select slot_day, count(*) from work_order where slot_day between ? and ? group by slot_day")) {
            select.setDate(1, Date.valueOf(from));
            select.setDate(2, Date.valueOf(to));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    booked.put(rows.getDate(1).toLocalDate(), rows.getInt(2));
                }
            }
        }
        return booked;
    }

    private static int writeSlots(Connection connection, List<Movable> movable, EdfScheduler.Plan plan)
            throws SQLException {
        int moved = 0;
        try (PreparedStatement update = connection.prepareStatement(
                "update work_order set slot_day = ? where order_id = ?")) {
            for (Movable order : movable) {
                LocalDate slot = plan.slots().get(order.id());
                if (Objects.equals(slot, order.slot)) {
                    continue;
                }
                update.setDate(1, slot == null ? null : Date.valueOf(slot));
                update.setString(2, order.id());
                update.addBatch();
                if (++moved % 1000 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
        return moved;
    }

    private static void writeBooked(Connection connection, LocalDate from, LocalDate to, Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update capacity_day c set booked = coalesce(b.count, 0), updated_at = ?
                from capacity_day d
                left join (select slot_day, count(*) as count from work_order
                           where slot_day between ? and ? group by slot_day) b on b.slot_day = d.day
                where c.day = d.day and c.day between ? and ? and c.booked <> coalesce(b.count, 0)
                """)) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setDate(2, Date.valueOf(from));
            update.setDate(3, Date.valueOf(to));
            update.setDate(4, Date.valueOf(from));
            update.setDate(5, Date.valueOf(to));
            update.executeUpdate();
        }
    }
}

package com.phonesmith.activations.activation;

import com.phonesmith.activations.ActivationsConfig;
import com.phonesmith.contracts.devices.DeviceProof;
import com.phonesmith.contracts.events.DeviceActivated;
import com.phonesmith.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Authenticates and writes a batch of activations (their form checked) in one transaction: one statement reads
 * every device of the batch, each activation's timestamp and proof are checked against it, then one statement
 * records every nonce of the authentic ones, activates each device not active yet (one activation per device) and
 * opens its first span of use, and one JDBC batch writes the outbox rows of the devices activated now. Each
 * activation's own rows decide its outcome (an unknown device, a stale timestamp or wrong proof, a nonce used before,
 * a device active already), so one refused activation never fails the others of its batch, and a refused one writes
 * nothing.
 */
@ApplicationScoped
public class ActivationWriter {
    /** An activation of a well-formed request waiting for its batch: {@code at} is when it arrived. */
    public record Pending(String imei, String nonce, Instant timestamp, String proof, Instant at) {
    }

    public enum Outcome { ACTIVATED, ACTIVE_BEFORE, REPLAY, REFUSED }

    /**
     * What became of one activation: the device's maker and model, and when it activated, unless refused (then
     * {@code refused} says why) or replayed.
     */
    public record Written(Outcome outcome, Instant activatedAt, String maker, String model,
            RequestCheck.Refused refused) {
    }

    /** What an activation needs to know of its device. */
    private record Device(String maker, String model, String orderId, String verifier) {
    }

    private final DataSource dataSource;
    private final Outbox outbox;
    private final Clock clock;
    private final ActivationsConfig config;

    public ActivationWriter(DataSource dataSource, Outbox outbox, Clock clock, ActivationsConfig config) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
    }

    @Transactional
    public List<Written> write(List<Pending> batch) throws SQLException {
        Map<String, Device> devices = read(batch);
        Instant now = clock.instant();
        Map<Pending, RequestCheck.Refused> refused = new HashMap<>();
        Map<String, Pending> unique = new HashMap<>();
        List<Pending> sent = new ArrayList<>(batch.size());
        for (Pending pending : batch) {
            Device device = devices.get(pending.imei());
            RequestCheck.Refused refusal = RequestCheck.authenticity(device == null ? null : device.verifier(),
                    DeviceProof.ACTIVATE, pending.imei(), pending.timestamp(), pending.nonce(), pending.proof(), now,
                    config.clockTolerance());
            if (refusal != null) {
                refused.put(pending, refusal);
            } else if (unique.putIfAbsent(key(pending.imei(), pending.nonce()), pending) == null) {
                sent.add(pending);
            }
        }
        Set<String> fresh = new HashSet<>();
        Set<String> winners = new HashSet<>();
        Map<String, Instant> activatedNow = new HashMap<>();
        Map<String, Instant> activeBefore = new HashMap<>();
        List<Outbox.Prepared> messages = new ArrayList<>();
        if (!sent.isEmpty()) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement(ACTIVATE)) {
                statement.setArray(1, texts(connection, sent.stream().map(Pending::imei).toArray(String[]::new)));
                statement.setArray(2, texts(connection, sent.stream().map(Pending::nonce).toArray(String[]::new)));
                statement.setArray(3, texts(connection, sent.stream().map(p -> p.at().toString()).toArray(String[]::new)));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String key = key(rows.getString(1), rows.getString(2));
                        fresh.add(key);
                        if (rows.getBoolean(3)) {
                            Pending winner = unique.get(key);
                            Device device = devices.get(winner.imei());
                            winners.add(key);
                            activatedNow.put(winner.imei(), winner.at());
                            messages.add(outbox.prepare(new DeviceActivated(device.orderId(), winner.imei(),
                                    device.maker(), device.model(), winner.at())));
                        }
                        OffsetDateTime before = rows.getObject(4, OffsetDateTime.class);
                        if (before != null) {
                            activeBefore.put(rows.getString(1), before.toInstant());
                        }
                    }
                }
            }
            outbox.publishAll(messages);
        }
        Set<String> claimed = new HashSet<>();
        List<Written> written = new ArrayList<>(batch.size());
        for (Pending pending : batch) {
            RequestCheck.Refused refusal = refused.get(pending);
            if (refusal != null) {
                written.add(new Written(Outcome.REFUSED, null, null, null, refusal));
                continue;
            }
            Device device = devices.get(pending.imei());
            String key = key(pending.imei(), pending.nonce());
            if (!fresh.contains(key) || !claimed.add(key)) {
                written.add(new Written(Outcome.REPLAY, null, device.maker(), device.model(), null));
            } else if (winners.contains(key)) {
                written.add(new Written(Outcome.ACTIVATED, pending.at(), device.maker(), device.model(), null));
            } else {
                Instant at = activatedNow.getOrDefault(pending.imei(), activeBefore.get(pending.imei()));
                written.add(new Written(Outcome.ACTIVE_BEFORE, at != null ? at : activatedAt(pending.imei()),
                        device.maker(), device.model(), null));
            }
        }
        return written;
    }

    /** The devices of the batch, by IMEI, in one statement; an IMEI never provisioned is missing. */
    private Map<String, Device> read(List<Pending> batch) throws SQLException {
        Map<String, Device> devices = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(READ)) {
            select.setArray(1, texts(connection, batch.stream().map(Pending::imei).distinct().toArray(String[]::new)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    devices.put(rows.getString(1), new Device(rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5)));
                }
            }
        }
        return devices;
    }

    /** When a device activated by another transaction after this batch's statement began was activated. */
    private Instant activatedAt(String imei) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select activated_at from device where imei = ?")) {
            select.setString(1, imei);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getObject(1, OffsetDateTime.class).toInstant();
            }
        }
    }

    private static Array texts(Connection connection, String[] values) throws SQLException {
        return connection.createArrayOf("text", values);
    }

    private static String key(String imei, String nonce) {
        return imei + "\n" + nonce;
    }

    private static final String READ = "select imei, maker, model, order_id, verifier from device where imei = any(?)";

    /**
     * Per activation (imei, nonce, at): the nonce, if fresh; then, for a fresh nonce, the device if not active yet
     * (of several activations of one device in the batch, one) and its first span of use. Answers each fresh nonce,
     * whether it activated its device now, and when the device had activated before this statement.
     */
    private static final String ACTIVATE = """
            with item as (
                select imei, nonce, at::timestamptz as at from unnest(?::text[], ?::text[], ?::text[]) as t(imei, nonce, at)
                order by imei),
            fresh as (
                insert into used_nonce (imei, nonce, used_at) select imei, nonce, at from item
                on conflict do nothing returning imei, nonce),
            activated as (
                update device d set activated_at = i.at, last_seen_at = i.at
                from item i join fresh f on f.imei = i.imei and f.nonce = i.nonce
                where d.imei = i.imei and d.activated_at is null
                returning d.imei, i.nonce, i.at),
            span as (
                insert into usage_period (imei, started_at, last_seen_at) select imei, at, at from activated)
            select f.imei, f.nonce, a.imei is not null, d.activated_at
            from fresh f left join activated a on a.imei = f.imei and a.nonce = f.nonce
            left join device d on d.imei = f.imei
            """;
}

package com.phonesmith.activations.activation;

import com.phonesmith.activations.ActivationsConfig;
import com.phonesmith.activations.Columns;
import com.phonesmith.activations.usage.CheckInRule;
import com.phonesmith.contracts.devices.DeviceProof;
import com.phonesmith.platform.problem.Problem;
import com.phonesmith.platform.problem.ProblemException;
import io.quarkus.scheduler.Scheduled;
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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletionStage;
import javax.sql.DataSource;

/**
 * Activation and check-in of a handset, each authenticated by a proof made with the device's secret: a request
 * of the wrong form, for an unknown device, with a timestamp too far from ours, with a proof that does not match,
 * or with a nonce used before is refused (and counted) before anything changes.
 */
@ApplicationScoped
public class DeviceRequests {
    private final EntityManager entities;
    private final Clock clock;
    private final ActivationsConfig config;
    private final Refusals refusals;
    private final DataSource dataSource;
    private final ActivationBatches batches;

    public DeviceRequests(EntityManager entities, Clock clock, ActivationsConfig config,
            Refusals refusals, DataSource dataSource, ActivationBatches batches) {
        this.batches = batches;
        this.entities = entities;
        this.dataSource = dataSource;
        this.clock = clock;
        this.config = config;
        this.refusals = refusals;
    }

    /** What an activation answers; {@code first} is false when the device had activated before. */
    public record Activation(String imei, String maker, String model, Instant activatedAt, boolean first) {
    }

    /** What a check-in answers: whether the device had gone out of use, and until when it is in use now. */
    public record CheckIn(String imei, Instant checkedInAt, boolean backInUse, Instant inUseUntil) {
    }

    /**
     * Activates the device once; a later activation with a valid proof changes nothing and says when it was.
     * Only the request's form is checked here; the device is read, the timestamp and proof checked, and the nonce,
     * the activation and the first span of use written with the activations arriving at the same time, in one
     * transaction ({@link ActivationBatches}: one read of all their devices), which activates only a device not
     * activated yet: of two activations at once, one activates it and the other finds it activated and says so.
     * A refused activation changes nothing and is counted here, before it is answered. Nothing here blocks: the
     * answer comes once the batch committed.
     */
    public CompletionStage<Activation> activate(String imei, DeviceRequest request) {
        checkForm(DeviceProof.ACTIVATE, imei, request);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return batches.write(new ActivationWriter.Pending(imei, request.nonce(), Instant.parse(request.timestamp()),
                request.proof(), now)).thenApply(written -> switch (written.outcome()) {
                    case REFUSED -> throw refusals.refuse(DeviceProof.ACTIVATE, written.refused().reason(),
                            written.refused().problem());
                    case REPLAY -> throw replay(DeviceProof.ACTIVATE);
                    case ACTIVATED -> new Activation(imei, written.maker(), written.model(), written.activatedAt(), true);
                    case ACTIVE_BEFORE -> new Activation(imei, written.maker(), written.model(), written.activatedAt(),
                            false);
                });
    }

    /** Records that an activated device is in use; one that had gone out of use starts a new span of use. */
    @Transactional
    public CheckIn checkIn(String imei, DeviceRequest request) {
        Known device = authenticated(DeviceProof.CHECK_IN, imei, request);
        useNonce(DeviceProof.CHECK_IN, imei, request.nonce());
        if (device.activatedAt() == null) {
            throw refusals.refuse(DeviceProof.CHECK_IN, "not-activated", ProblemException.conflict("imei",
                    "this device has not activated yet: it checks in only after its activation"));
        }
        Instant now = clock.instant();
        Object[] latest = (Object[]) entities.createNativeQuery("select started_at, last_seen_at from usage_period"
                + " where imei = ?1 order by started_at desc limit 1").setParameter(1, imei).getSingleResult();
        Instant lastSeen = Columns.instant(latest[1]);
        boolean backInUse = CheckInRule.of(lastSeen, now, config.outOfUseAfter()) == CheckInRule.Effect.NEW_SPAN;
        if (backInUse) {
            entities.createNativeQuery("insert into usage_period (imei, started_at, last_seen_at) values (?1, ?2, ?2)")
                    .setParameter(1, imei).setParameter(2, utc(now)).executeUpdate();
        } else if (now.isAfter(lastSeen)) {
            entities.createNativeQuery("update usage_period set last_seen_at = ?3 where imei = ?1 and started_at = ?2")
                    .setParameter(1, imei).setParameter(2, latest[0]).setParameter(3, utc(now)).executeUpdate();
        }
        entities.createNativeQuery("update device set last_seen_at = ?2 where imei = ?1 and last_seen_at < ?2")
                .setParameter(1, imei).setParameter(2, utc(now)).executeUpdate();
        return new CheckIn(imei, now, backInUse, now.plus(config.outOfUseAfter()));
    }

    /** What a device request needs to know of the device. */
    private record Known(String maker, String model, String orderId, String verifier, Instant activatedAt) {
    }

    /**
     * The device, once the request's form, timestamp and proof are right, its row locked until the transaction ends
     * (a check-in reads and then writes its span of use).
     */
    private Known authenticated(String action, String imei, DeviceRequest request) {
        checkForm(action, imei, request);
        Known device = find(imei);
        RequestCheck.Refused refused = RequestCheck.authenticity(device == null ? null : device.verifier(), action, imei,
                Instant.parse(request.timestamp()), request.nonce(), request.proof(), clock.instant(),
                config.clockTolerance());
        if (refused != null) {
            throw refusals.refuse(action, refused.reason(), refused.problem());
        }
        return device;
    }

    private void checkForm(String action, String imei, DeviceRequest request) {
        List<Problem.FieldError> errors = RequestCheck.formErrors(imei, request);
        if (!errors.isEmpty()) {
            throw refusals.refuse(action, "malformed", new ProblemException(400, "Bad request",
                    errors.stream().map(e -> e.field() + ": " + e.reason()).reduce((a, b) -> a + "; " + b).orElseThrow(),
                    errors));
        }
    }

    // A check-in reads its device with a prepared JDBC statement on the transaction's connection: through
    // Hibernate's native queries it cost several times the database's own work. Activations read their devices a
    // batch at a time, in ActivationWriter.

    private Known find(String imei) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(FIND)) {
            select.setString(1, imei);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                OffsetDateTime activatedAt = row.getObject(5, OffsetDateTime.class);
                return new Known(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        activatedAt == null ? null : activatedAt.toInstant());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading device " + imei + " failed: " + e.getMessage(), e);
        }
    }

    /** Records the request's nonce, refusing a request whose nonce was used before. */
    private void useNonce(String action, String imei, String nonce) {
        int fresh = entities.createNativeQuery("insert into used_nonce (imei, nonce, used_at) values (?1, ?2, ?3)"
                + " on conflict do nothing").setParameter(1, imei).setParameter(2, nonce)
                .setParameter(3, utc(clock.instant())).executeUpdate();
        if (fresh == 0) {
            throw replay(action);
        }
    }

    private ProblemException replay(String action) {
        return refusals.refuse(action, "replay", ProblemException.conflict("nonce",
                "was used before: a request is never accepted twice; make a new one with a new nonce"));
    }

    private static final String FIND = "select maker, model, order_id, verifier, activated_at from device where imei = ? for update";

    /**
     * Nonces older than three clock tolerances can go: a request carrying one is refused for its timestamp
     * before its nonce is looked at.
     */
    @Scheduled(every = "10m", delayed = "1m")
    @Transactional
    void forgetOldNonces() {
        entities.createNativeQuery("delete from used_nonce where used_at < ?1")
                .setParameter(1, utc(clock.instant().minus(config.clockTolerance().multipliedBy(3)))).executeUpdate();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

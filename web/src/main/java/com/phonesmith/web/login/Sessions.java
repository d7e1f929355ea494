package com.phonesmith.web.login;

import com.phonesmith.web.WebConfig;
import com.phonesmith.web.account.Person;
import com.phonesmith.web.account.UserAccount;
import com.phonesmith.web.security.Sha256;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed-in browsers. The cookie holds 256 random bits; the table holds only their SHA-256, so neither a copy of
 * the table nor a log line can sign anybody in. A session ends after {@code idle-timeout} without use, after
 * {@code max-age} in any case, or at sign-out.
 */
@ApplicationScoped
public class Sessions {
    /** Last use is written at most this often, not on every request. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();
    private final EntityManager entities;
    private final WebConfig.Sessions config;
    private final Clock clock;

    public Sessions(EntityManager entities, WebConfig config, Clock clock) {
        this.entities = entities;
        this.config = config.sessions();
        this.clock = clock;
    }

    /** Starts a session and returns the cookie's value. */
    @Transactional
    public String start(Person person, String clientAddress) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        entities.createNativeQuery("insert into web_session (token_hash, user_id, created_at, last_seen_at, expires_at,"
                        + " client_address) values (?1, ?2, ?3, ?3, ?4, ?5)")
                .setParameter(1, Sha256.hex(token)).setParameter(2, person.id()).setParameter(3, now)
                .setParameter(4, now.plus(config.maxAge())).setParameter(5, clientAddress).executeUpdate();
        return token;
    }

    /** The person of a live session, or empty when the token is unknown or the session has ended. */
    @Transactional
    public Optional<Person> find(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        String hash = Sha256.hex(token);
        List<?> rows = entities.createNativeQuery("select user_id, last_seen_at, expires_at from web_session"
                + " where token_hash = ?1").setParameter(1, hash).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        Instant now = clock.instant();
        Instant lastSeen = instant(row[1]);
        if (!now.isBefore(instant(row[2])) || !now.isBefore(lastSeen.plus(config.idleTimeout()))) {
            end(token);
            return Optional.empty();
        }
        if (!now.isBefore(lastSeen.plus(TOUCH_EVERY))) {
            entities.createNativeQuery("update web_session set last_seen_at = ?2 where token_hash = ?1")
                    .setParameter(1, hash).setParameter(2, now).executeUpdate();
        }
        return UserAccount.<UserAccount>findByIdOptional((UUID) row[0]).map(UserAccount::person);
    }

    /** Signs the browser of this cookie out. */
    @Transactional
    public void end(String token) {
        if (token != null) {
            entities.createNativeQuery("delete from web_session where token_hash = ?1")
                    .setParameter(1, Sha256.hex(token)).executeUpdate();
        }
    }

    /** Removes ended sessions and old counts of failed sign-ins, so the tables stay small. */
    @Scheduled(every = "10m", delayed = "1m", identity = "session-janitor")
    @Transactional
    void removeEnded() {
        Instant now = clock.instant();
        entities.createNativeQuery("delete from web_session where expires_at <= ?1 or last_seen_at <= ?2")
                .setParameter(1, now).setParameter(2, now.minus(config.idleTimeout())).executeUpdate();
        entities.createNativeQuery("delete from login_failure_window where window_start < ?1")
                .setParameter(1, now.minus(Duration.ofDays(1))).executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        throw new IllegalStateException("unexpected time type " + value.getClass());
    }
}

package com.phonesmith.web.login;

import com.phonesmith.web.WebConfig;
import com.phonesmith.web.account.UserAccount;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Checks a username and password. The account's row is locked for the attempt, so concurrent guesses at one
 * account are counted one by one; failures are also counted per client address, against a storm over many
 * accounts from one place ({@link AddressFailures}). An unknown username costs the same bcrypt check as a known one.
 */
@ApplicationScoped
public class LoginService {
    private static final Logger LOG = Logger.getLogger(LoginService.class);

    private final LoginRules rules;
    private final AddressFailures addressFailures;
    private final EntityManager entities;
    private final Clock clock;
    private final String dummyHash;

    public LoginService(WebConfig config, EntityManager entities, Clock clock) {
        WebConfig.Login login = config.login();
        this.rules = new LoginRules(login.slowDownAfter(), login.firstDelay(), login.lockAfter(),
                login.lockDuration());
        this.addressFailures = new AddressFailures(login.maxFailuresPerAddress(), login.addressWindow());
        this.entities = entities;
        this.clock = clock;
        this.dummyHash = BcryptUtil.bcryptHash("not anybody's password", login.bcryptCost());
    }

    @Transactional
    public LoginOutcome attempt(String username, String password, String clientAddress) {
        Instant now = clock.instant();
        Optional<Duration> addressWait = addressBlocked(clientAddress, now);
        if (addressWait.isPresent()) {
            LOG.warnf("sign-in refused: too many failures from %s", clientAddress);
            return new LoginOutcome.TooSoon(addressWait.get(), null, true);
        }
        Optional<UserAccount> found = username == null || username.isBlank() ? Optional.empty()
                : UserAccount.find("lower(username) = lower(?1)", username.trim())
                        .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        if (found.isEmpty()) {
            BcryptUtil.matches(password == null ? "" : password, dummyHash);
            recordAddressFailure(clientAddress, now);
            return new LoginOutcome.Refused(-1, false, null);
        }
        UserAccount account = found.get();
        LoginRules.State state = new LoginRules.State(account.failedLogins, account.lastFailedLoginAt,
                account.lockedUntil);
        LoginRules.Decision decision = rules.before(state, now);
        if (decision instanceof LoginRules.Locked locked) {
            return new LoginOutcome.TooSoon(Duration.between(now, locked.until()), locked.until(), false);
        }
        if (decision instanceof LoginRules.Wait wait) {
            return new LoginOutcome.TooSoon(wait.retryAfter(), null, false);
        }
        if (password != null && BcryptUtil.matches(password, account.passwordHash)) {
            store(account, rules.afterSuccess());
            return new LoginOutcome.SignedIn(account.person());
        }
        LoginRules.State failed = rules.afterFailure(state, now);
        store(account, failed);
        recordAddressFailure(clientAddress, now);
        if (failed.lockedUntil() != null) {
            LOG.warnf("account %s locked until %s after %d failed sign-ins", account.username, failed.lockedUntil(),
                    failed.failedLogins());
        }
        return new LoginOutcome.Refused(rules.attemptsLeft(failed), failed.lockedUntil() != null, failed.lockedUntil());
    }

    private static void store(UserAccount account, LoginRules.State state) {
        account.failedLogins = state.failedLogins();
        account.lastFailedLoginAt = state.lastFailedAt();
        account.lockedUntil = state.lockedUntil();
    }

    private Optional<Duration> addressBlocked(String address, Instant now) {
        Object[] failures = (Object[]) entities.createNativeQuery("select coalesce(sum(failures) filter (where"
                        + " window_start = ?2), 0), coalesce(sum(failures), 0) from login_failure_window"
                        + " where client_address = ?1 and window_start in (?2, ?3)")
                .setParameter(1, address).setParameter(2, addressFailures.windowStart(now))
                .setParameter(3, addressFailures.previousWindowStart(now)).getSingleResult();
        long inCurrent = ((Number) failures[0]).longValue();
        return addressFailures.wait(inCurrent, ((Number) failures[1]).longValue() - inCurrent, now);
    }

    private void recordAddressFailure(String address, Instant now) {
        entities.createNativeQuery("insert into login_failure_window (client_address, window_start, failures)"
                        + " values (?1, ?2, 1) on conflict (client_address, window_start)"
                        + " do update set failures = login_failure_window.failures + 1")
                .setParameter(1, address).setParameter(2, addressFailures.windowStart(now)).executeUpdate();
    }
}

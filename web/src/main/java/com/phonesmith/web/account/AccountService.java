package com.phonesmith.web.account;

import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.WebConfig;
import com.phonesmith.web.form.FormProblem;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Accounts: shoppers sign up themselves; admins make staff and partner accounts and unlock locked ones. */
@ApplicationScoped
public class AccountService {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");
    private static final Pattern MAKER = Pattern.compile("[a-z0-9][a-z0-9-]{0,49}");

    private final Clock clock;
    private final int bcryptCost;

    public AccountService(Clock clock, WebConfig config) {
        this.clock = clock;
        this.bcryptCost = config.login().bcryptCost();
    }

    /** A shopper signs up with their e-mail address as username. */
    @Transactional
    public Person signUp(String email, String displayName, String password, String confirmation) {
        String address = email == null ? "" : email.trim();
        FormProblem.Builder problems = new FormProblem.Builder();
        if (!EMAIL.matcher(address).matches() || address.length() > 254) {
            problems.add("email", "must be an e-mail address such as ada@example.org");
        }
        checkName(displayName, problems);
        PasswordPolicy.problemWith(password, address).ifPresent(p -> problems.add("password", p));
        if (password != null && !password.equals(confirmation)) {
            problems.add("confirmation", "must repeat the password exactly");
        }
        problems.throwIfAny();
        if (UserAccount.findByUsername(address).isPresent()) {
            throw FormProblem.of("email", "already has an account: sign in instead");
        }
        return create(address.toLowerCase(Locale.ROOT), displayName.trim(), Roles.SHOPPER, null, address, password);
    }

    /** An admin makes an account of any role for a person; a partner account names its maker. */
    @Transactional
    public Person createAccount(String username, String displayName, String role, String maker, String password) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        FormProblem.Builder problems = new FormProblem.Builder();
        if (!USERNAME.matcher(name).matches()) {
            problems.add("username", "must be 3 to 64 characters: letters, digits, '.', '_', '@' or '-'");
        }
        checkName(displayName, problems);
        if (role == null || !Roles.PEOPLE.contains(role)) {
            problems.add("role", "must be one of " + String.join(", ", Roles.PEOPLE));
        }
        String makerCode = maker == null || maker.isBlank() ? null : maker.trim();
        if (Roles.PARTNER.equals(role) && (makerCode == null || !MAKER.matcher(makerCode).matches())) {
            problems.add("maker", "is required for a partner: the maker's code, such as nordvik");
        }
        PasswordPolicy.problemWith(password, name).ifPresent(p -> problems.add("password", p));
        problems.throwIfAny();
        if (UserAccount.findByUsername(name).isPresent()) {
            throw FormProblem.of("username", "is taken");
        }
        return create(name, displayName.trim(), role, Roles.PARTNER.equals(role) ? makerCode : null,
                name.contains("@") ? name : null, password);
    }

    /** Makes an account without the checks of the forms (demo accounts), unless it exists. */
    @Transactional
    public boolean ensureAccount(String username, String displayName, String role, String maker, String email,
            String password) {
        if (UserAccount.findByUsername(username).isPresent()) {
            return false;
        }
        create(username, displayName, role, maker, email, password);
        return true;
    }

    @Transactional
    public Optional<Person> find(UUID id) {
        return UserAccount.<UserAccount>findByIdOptional(id).map(UserAccount::person);
    }

    /** Ends a lock and forgets the failed sign-ins. */
    @Transactional
    public boolean unlock(UUID id) {
        return UserAccount.<UserAccount>findByIdOptional(id).map(account -> {
            account.lockedUntil = null;
            account.failedLogins = 0;
            return true;
        }).orElse(false);
    }

    /** Accounts by username, a page at a time. */
    @Transactional
    public List<AccountView> list(int page, int size) {
        return UserAccount.<UserAccount>findAll(Sort.ascending("role", "username")).page(Page.of(page, size))
                .<UserAccount>list().stream().map(a -> AccountView.of(a, clock.instant())).toList();
    }

    @Transactional
    public long count() {
        return UserAccount.count();
    }

    private Person create(String username, String displayName, String role, String maker, String email,
            String password) {
        UserAccount account = new UserAccount();
        account.id = UUID.randomUUID();
        account.username = username;
        account.displayName = displayName;
        account.role = role;
        account.maker = maker;
        account.email = email;
        account.passwordHash = BcryptUtil.bcryptHash(password, bcryptCost);
        account.createdAt = clock.instant();
        account.persist();
        return account.person();
    }

    private static void checkName(String displayName, FormProblem.Builder problems) {
        if (displayName == null || displayName.isBlank() || displayName.trim().length() > 200) {
            problems.add("displayName", "must be your name, 1 to 200 characters");
        }
    }
}

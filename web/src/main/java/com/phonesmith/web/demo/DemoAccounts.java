package com.phonesmith.web.demo;

import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.WebConfig;
import com.phonesmith.web.account.AccountService;
import com.phonesmith.web.backend.Catalog;
import com.phonesmith.web.backend.ConfiguratorBackend;
import com.phonesmith.web.token.KeyFolder;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Demo accounts for trying Phonesmith: one per role, made at start-up, and one partner per maker of the catalog,
 * made as soon as configurator-api answers. Each gets a random password (or the configured one, in tests),
 * written with its username to the accounts file, which {@code ./phonesmith run} prints. Off in production.
 */
@ApplicationScoped
public class DemoAccounts {
    private static final Logger LOG = Logger.getLogger(DemoAccounts.class);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One demo account. */
    record Demo(String role, String username, String displayName, String maker, String email) {
    }

    static final List<Demo> STAFF = List.of(
            new Demo(Roles.SHOPPER, "shopper", "Ada Shopper", null, "shopper@example.org"),
            new Demo(Roles.OPERATOR, "operator", "Otto Operator", null, null),
            new Demo(Roles.SUPPORT, "support", "Sam Support", null, null),
            new Demo(Roles.ADMIN, "admin", "Alex Admin", null, null));

    private final AccountService accounts;
    private final ConfiguratorBackend configurator;
    private final WebConfig.Demo config;
    private final AtomicBoolean partnersDone = new AtomicBoolean();

    public DemoAccounts(AccountService accounts, ConfiguratorBackend configurator, WebConfig config) {
        this.accounts = accounts;
        this.configurator = configurator;
        this.config = config.demo();
    }

    void onStart(@Observes StartupEvent start) {
        if (!config.enabled()) {
            return;
        }
        ensure(STAFF);
        LOG.infof("demo accounts ready%s", config.accountsFile().map(f -> ", listed in " + f).orElse(""));
    }

    /** Partners need the makers of the catalog, which may start after web: try until configurator-api answers. */
    @Scheduled(every = "3s", delayed = "1s", identity = "demo-partners",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void ensurePartners() {
        // asks the setting itself: this may run before onStart has (the scheduler starts on the same start-up event)
        if (!config.enabled() || partnersDone.get()) {
            return;
        }
        Catalog catalog;
        try {
            catalog = configurator.catalog();
        } catch (RuntimeException e) {
            LOG.debugf("no catalog yet for the demo partners: %s", e.getMessage());
            return;
        }
        List<Demo> partners = catalog.makers().stream().map(m -> new Demo(Roles.PARTNER, "partner-" + m.code(),
                (m.name() == null ? m.code() : m.name()) + " partner", m.code(), null)).toList();
        ensure(partners);
        partnersDone.set(true);
    }

    private synchronized void ensure(List<Demo> demos) {
        Map<String, String> listed = readFile();
        List<String> newLines = new ArrayList<>();
        for (Demo demo : demos) {
            String password = config.password().orElseGet(DemoAccounts::randomPassword);
            if (accounts.ensureAccount(demo.username(), demo.displayName(), demo.role(), demo.maker(), demo.email(),
                    password)) {
                newLines.add(demo.role() + " " + demo.username() + " " + password);
            } else if (!listed.containsKey(demo.username())) {
                newLines.add(demo.role() + " " + demo.username() + " (password set on an earlier start)");
            }
        }
        appendToFile(newLines);
    }

    private Map<String, String> readFile() {
        Map<String, String> listed = new LinkedHashMap<>();
        config.accountsFile().filter(Files::exists).ifPresent(file -> {
            try {
                for (String line : Files.readAllLines(file)) {
                    String[] parts = line.trim().split("\\s+", 3);
                    if (parts.length == 3) {
                        listed.put(parts[1], parts[2]);
                    }
                }
            } catch (IOException e) {
                LOG.warnf("cannot read the demo accounts file %s: %s", file, e.getMessage());
            }
        });
        return listed;
    }

    private void appendToFile(List<String> lines) {
        if (lines.isEmpty() || config.accountsFile().isEmpty()) {
            return;
        }
        Path file = config.accountsFile().get();
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            if (!Files.exists(file)) {
                Files.createFile(file);
                KeyFolder.restrict(file);
            }
            Files.write(file, lines, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warnf("cannot write the demo accounts file %s: %s", file, e.getMessage());
        }
    }

    static String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}

package com.phonesmith.configurator.catalog;

import com.phonesmith.configurator.rules.FeatureModel;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the catalog from its tables, and keeps it in memory while it does not change. Its version is one row that
 * every change to a catalog table renumbers from a sequence, in the changing transaction (migration V10).
 * <ul>
 * <li>Outside a transaction (a shopper's evaluation, the catalog's page) the kept catalog is answered without asking
 * the database, for as long as this replica hears of no change ({@link CatalogChanges}: the version is notified when
 * a changing transaction commits, and a change made here is known when its transaction ends). A change committed by
 * another replica is therefore seen once its notification arrives, within moments.</li>
 * <li>In a transaction (an order, a quote, an admin's change) the version is read in that transaction, so it sees its
 * own change; if that rolls back, its number is never the database's again, so the next read reads the tables
 * again.</li>
 * </ul>
 */
@ApplicationScoped
public class CatalogService {
    private static final String VERSION = "select version from catalog_version";
    private final CatalogConfig config;
    private final EntityManager entities;
    private final CatalogChanges changes;
    private final TransactionSynchronizationRegistry transactions;
    /** The catalog last read, in any transaction. */
    private volatile Versioned kept;
    /** The catalog last read outside a transaction, and the generation of changes heard before reading it. */
    private volatile Verified verified;

    public CatalogService(CatalogConfig config, EntityManager entities, CatalogChangeListener listener,
            TransactionSynchronizationRegistry transactions) {
        this.config = config;
        this.entities = entities;
        this.changes = listener.changes();
        this.transactions = transactions;
    }

    private record Versioned(long version, Catalog catalog) {
    }

    private record Verified(Catalog catalog, long generation) {
    }

    /** The catalog as it is now (in the caller's transaction, if there is one). */
    public Catalog current() {
        if (QuarkusTransaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return read().catalog();
        }
        Verified known = verified;
        if (known != null && changes.unchangedSince(known.generation())) {
            return known.catalog();
        }
        long generation = changes.generation();
        Catalog catalog = QuarkusTransaction.requiringNew().call(this::read).catalog();
        verified = new Verified(catalog, generation);
        return catalog;
    }

    /**
     * Tells this replica, once the caller's transaction ends, that it may have changed the catalog: its next read
     * outside a transaction reads the version again rather than wait for the change's notification.
     */
    public void changing() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                changes.changedHere();
            }
        });
    }

    /**
     * The catalog as the transaction of this connection (the caller's) sees it, its version read with plain JDBC: a
     * writer that uses no entity opens no Hibernate session for it.
     */
    public Catalog current(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(VERSION);
                ResultSet row = select.executeQuery()) {
            row.next();
            return read(row.getLong(1)).catalog();
        }
    }

    /** The catalog of the version the current transaction sees. */
    private Versioned read() {
        return read(((Number) entities.createNativeQuery(VERSION).getSingleResult()).longValue());
    }

    private Versioned read(long version) {
        Versioned catalog = kept;
        if (catalog == null || catalog.version() != version) {
            catalog = new Versioned(version, readTables());
            kept = catalog;
        }
        return catalog;
    }

    private Catalog readTables() {
        String currency = config.currency();
        List<HandsetVariantEntity> variantRows = HandsetVariantEntity.listAll();
        List<OsFeatureEntity> featureRows = OsFeatureEntity.listAll();
        List<AppEntity> appRows = AppEntity.listAll();
        variantRows.forEach(v -> requireCurrency(currency, v.currency, "variant " + v.id.modelCode + "/"
                + v.id.colour + "/" + v.id.storageGb));
        featureRows.forEach(f -> requireCurrency(currency, f.currency, "feature " + f.code));
        appRows.forEach(a -> requireCurrency(currency, a.currency, "app " + a.code));

        Map<String, List<Catalog.Variant>> variantsByModel = variantRows.stream().collect(Collectors.groupingBy(
                v -> v.id.modelCode,
                Collectors.mapping(v -> new Catalog.Variant(v.id.colour, v.id.storageGb, v.ramGb, v.priceMinor),
                        Collectors.toList())));
        List<Catalog.Maker> makers = MakerEntity.<MakerEntity>listAll().stream()
                .map(m -> new Catalog.Maker(m.code, m.name)).toList();
        List<Catalog.Model> models = HandsetModelEntity.<HandsetModelEntity>listAll().stream()
                .map(m -> new Catalog.Model(m.code, m.makerCode, m.name,
                        variantsByModel.getOrDefault(m.code, List.of())))
                .toList();
        List<Catalog.Option> features = featureRows.stream()
                .map(f -> new Catalog.Option(f.code, f.name, f.description, f.priceMinor)).toList();
        List<Catalog.Option> apps = appRows.stream()
                .map(a -> new Catalog.Option(a.code, a.name, a.description, a.priceMinor)).toList();
        return new Catalog(currency, makers, models, features, apps, featureModel(featureRows, appRows));
    }

    private FeatureModel featureModel(List<OsFeatureEntity> featureRows, List<AppEntity> appRows) {
        List<FeatureModel.Option> options = new ArrayList<>();
        featureRows.forEach(f -> options.add(option(f, FeatureModel.Kind.FEATURE)));
        appRows.forEach(a -> options.add(option(a, FeatureModel.Kind.APP)));
        options.sort(Comparator.comparing(FeatureModel.Option::code));
        Map<String, List<String>> membersByGroup = OptionGroupMemberEntity.<OptionGroupMemberEntity>listAll().stream()
                .sorted(Comparator.comparingInt((OptionGroupMemberEntity m) -> m.position)
                        .thenComparing(m -> m.optionCode))
                .collect(Collectors.groupingBy(m -> m.groupCode, Collectors.mapping(m -> m.optionCode,
                        Collectors.toList())));
        List<FeatureModel.Group> groups = OptionGroupEntity.<OptionGroupEntity>listAll().stream()
                .sorted(Comparator.comparing(g -> g.code))
                .map(g -> new FeatureModel.Group(g.code, g.name, FeatureModel.GroupKind.valueOf(g.kind), g.parentCode,
                        membersByGroup.getOrDefault(g.code, List.of())))
                .toList();
        List<FeatureModel.Rule> rules = OptionRuleEntity.<OptionRuleEntity>listAll().stream()
                .map(r -> new FeatureModel.Rule(FeatureModel.RuleKind.valueOf(r.id.kind), r.id.optionCode,
                        r.id.otherCode))
                .sorted(Comparator.comparing((FeatureModel.Rule r) -> r.option()).thenComparing(FeatureModel.Rule::other)
                        .thenComparing(FeatureModel.Rule::kind))
                .toList();
        return new FeatureModel(options, groups, rules, config.systemReserveMb());
    }

    private static FeatureModel.Option option(CatalogOptionEntity row, FeatureModel.Kind kind) {
        return new FeatureModel.Option(row.code, row.name, kind, row.priceMinor, row.installMb, row.minRamGb,
                row.byDefault);
    }

    private static void requireCurrency(String expected, String actual, String what) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException("the catalog sells in " + expected + " but " + what + " is priced in "
                    + actual + "; fix the catalog data or phonesmith.catalog.currency");
        }
    }
}

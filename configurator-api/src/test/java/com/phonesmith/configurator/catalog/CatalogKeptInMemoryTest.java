package com.phonesmith.configurator.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.phonesmith.configurator.RealInfrastructure;
import com.phonesmith.platform.connections.DatabaseConnection;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The catalog is read from PostgreSQL once and kept until a catalog table changes, by anybody: outside a transaction
 * it is answered without asking the database while no change is heard of.
 */
@QuarkusTest
class CatalogKeptInMemoryTest extends RealInfrastructure {
    private static final Duration MOMENTS = Duration.ofSeconds(10);

    @Inject
    CatalogService catalogs;
    @Inject
    DatabaseConnection database;
    @Inject
    CatalogChangeListener listener;

    private long seededPrice;

    private long gamesPackPrice() {
        return catalogs.current().option("games-pack").orElseThrow().priceMinor();
    }

    private static void setPrice(long priceMinor) {
        AppEntity.getEntityManager().createNativeQuery("update app set price_minor = ?1 where code = 'games-pack'")
                .setParameter(1, priceMinor).executeUpdate();
    }

    /** A connection of its own, as another replica or a script has. */
    private Connection anotherConnection() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }

    @AfterEach
    void restoreThePrice() {
        if (seededPrice > 0) {
            QuarkusTransaction.requiringNew().run(() -> {
                catalogs.changing();
                setPrice(seededPrice);
            });
        }
    }

    @Test
    void whileNothingChangesTheSameCatalogIsAnswered() {
        assertThat(catalogs.current()).isSameAs(catalogs.current());
    }

    @Test
    void whileNothingChangesTheCatalogIsAnsweredWithoutAskingTheDatabase() throws Exception {
        await().atMost(MOMENTS).until(listener::listening);
        // once this is heard, so is every change committed before it (notifications come in commit order)
        String probe = "probe-" + UUID.randomUUID();
        try (Connection other = anotherConnection(); Statement notify = other.createStatement()) {
            notify.execute("select pg_notify('catalog_version', '" + probe + "')");
        }
        await().atMost(MOMENTS).until(() -> probe.equals(listener.changes().lastHeard()));
        catalogs.current(); // read after the last change heard
        Catalog kept = catalogs.current();
        try (Connection other = anotherConnection()) {
            other.setAutoCommit(false);
            try (Statement lock = other.createStatement()) {
                // nobody can read the version while this is held: a read would wait for the rollback below
                lock.execute("lock table catalog_version in access exclusive mode");
            }
            try {
                CompletableFuture<Catalog> answer = CompletableFuture.supplyAsync(catalogs::current);

                assertThat(answer.get(5, TimeUnit.SECONDS)).isSameAs(kept);
            } finally {
                other.rollback();
            }
        }
    }

    @Test
    void aChangeCommittedOnAnotherConnectionIsSeenWithinMoments() throws SQLException {
        seededPrice = gamesPackPrice();

        try (Connection other = anotherConnection(); PreparedStatement update = other.prepareStatement(
                "update app set price_minor = ? where code = 'games-pack'")) {
            update.setLong(1, seededPrice + 100);
            update.executeUpdate();
        }

        await().atMost(MOMENTS).until(() -> gamesPackPrice() == seededPrice + 100);
    }

    @Test
    void aChangeThisReplicaSaysItMakesIsSeenAtOnceItCommits() {
        seededPrice = gamesPackPrice();

        QuarkusTransaction.requiringNew().run(() -> {
            catalogs.changing();
            setPrice(seededPrice + 300);
        });

        assertThat(gamesPackPrice()).isEqualTo(seededPrice + 300);
    }

    @Test
    void aChangeRolledBackIsSeenOnlyInsideItsTransaction() {
        seededPrice = gamesPackPrice();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            setPrice(seededPrice + 200);
            assertThat(gamesPackPrice()).isEqualTo(seededPrice + 200);
            throw new IllegalStateException("rolled back");
        })).hasMessageContaining("rolled back");

        assertThat(gamesPackPrice()).isEqualTo(seededPrice);
        assertThat(QuarkusTransaction.requiringNew().call(this::gamesPackPrice)).isEqualTo(seededPrice);
    }
}

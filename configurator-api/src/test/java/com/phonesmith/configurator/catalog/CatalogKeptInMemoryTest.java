package com.phonesmith.configurator.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phonesmith.configurator.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The catalog is read from PostgreSQL once and kept until a catalog table changes, by anybody. */
@QuarkusTest
class CatalogKeptInMemoryTest extends RealInfrastructure {
    @Inject
    CatalogService catalogs;

    private long seededPrice;

    private long gamesPackPrice() {
        return catalogs.current().option("games-pack").orElseThrow().priceMinor();
    }

    private static void setPrice(long priceMinor) {
        AppEntity.getEntityManager().createNativeQuery("update app set price_minor = ?1 where code = 'games-pack'")
                .setParameter(1, priceMinor).executeUpdate();
    }

    @AfterEach
    void restoreThePrice() {
        if (seededPrice > 0) {
            QuarkusTransaction.requiringNew().run(() -> setPrice(seededPrice));
        }
    }

    @Test
    void whileNothingChangesTheSameCatalogIsAnswered() {
        assertThat(catalogs.current()).isSameAs(catalogs.current());
    }

    @Test
    void aChangeCommittedToACatalogTableIsSeenAtOnce() {
        seededPrice = gamesPackPrice();

        QuarkusTransaction.requiringNew().run(() -> setPrice(seededPrice + 100));

        assertThat(gamesPackPrice()).isEqualTo(seededPrice + 100);
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
    }
}

package com.phonesmith.configurator.catalog;

import com.phonesmith.platform.connections.DatabaseConnection;
import com.phonesmith.platform.notifications.ChannelListener;
import com.phonesmith.platform.notifications.PostgresChannel;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;

/**
 * Listens for new catalog versions (channel {@value #CHANNEL}, notified by migration V17's trigger when a changing
 * transaction commits) for as long as the application runs, on a connection of its own, so that every replica hears
 * of a change made by any of them.
 */
@ApplicationScoped
public class CatalogChangeListener {
    static final String CHANNEL = "catalog_version";
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    private final CatalogChanges changes = new CatalogChanges();
    private final ChannelListener listener;

    public CatalogChangeListener(DatabaseConnection database) {
        this.listener = new ChannelListener("catalog changes", "catalog-listener",
                () -> PostgresChannel.listen(database.jdbcUrl(), database.username(), database.password(),
                        "configurator-api catalog listener", CHANNEL),
                changes, FIRST_PAUSE, MAX_PAUSE);
    }

    void start(@Observes StartupEvent startup) {
        listener.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        listener.stop();
    }

    /** Whether this replica hears of catalog changes right now (if not, every read asks the database). */
    public boolean listening() {
        return listener.listening();
    }

    CatalogChanges changes() {
        return changes;
    }
}

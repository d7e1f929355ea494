package com.phonesmith.platform.connections;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Says at start-up which database and broker the service uses (and so makes both required settings). */
@ApplicationScoped
public class ConnectionsLog {
    private static final Logger LOG = Logger.getLogger(ConnectionsLog.class);

    private final DatabaseConnection database;
    private final KafkaConnection kafka;

    public ConnectionsLog(DatabaseConnection database, KafkaConnection kafka) {
        this.database = database;
        this.kafka = kafka;
    }

    void onStart(@Observes StartupEvent startup) {
        LOG.infof("database %s as %s, Kafka %s", withoutParameters(database.jdbcUrl()), database.username(),
                kafka.bootstrapServers());
    }

    /** A JDBC URL's parameters may carry a password or key material: they are not logged. */
    static String withoutParameters(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query) + "?…";
    }
}

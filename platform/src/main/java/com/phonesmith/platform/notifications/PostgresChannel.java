package com.phonesmith.platform.notifications;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A PostgreSQL connection of its own (not one of the pool's, which it would hold for ever) that runs
 * {@code LISTEN <channel>} and hands out what it hears.
 */
public final class PostgresChannel implements ChannelListener.Channel {
    private static final int CONNECT_TIMEOUT_SECONDS = 5;
    private static final int CHECK_TIMEOUT_SECONDS = 5;

    private final Connection connection;
    private final PGConnection postgres;

    private PostgresChannel(Connection connection) throws SQLException {
        this.connection = connection;
        this.postgres = connection.unwrap(PGConnection.class);
    }

    /**
     * Connects and starts listening on {@code channel} (a plain identifier); {@code applicationName} names the
     * connection in the server's {@code pg_stat_activity}.
     */
    public static PostgresChannel listen(String jdbcUrl, String user, String password, String applicationName,
            String channel) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", applicationName);
        properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = new Driver().connect(jdbcUrl, properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        try {
            try (Statement listen = connection.createStatement()) {
                listen.execute("LISTEN " + channel);
            }
            return new PostgresChannel(connection);
        } catch (SQLException e) {
            close(connection);
            throw e;
        }
    }

    @Override
    public List<String> poll(Duration timeout) throws SQLException {
        PGNotification[] notifications = postgres.getNotifications((int) Math.max(1, timeout.toMillis()));
        if (notifications == null || notifications.length == 0) {
            return List.of();
        }
        List<String> payloads = new ArrayList<>(notifications.length);
        for (PGNotification notification : notifications) {
            payloads.add(notification.getParameter());
        }
        return payloads;
    }

    @Override
    public void check() throws SQLException {
        if (!connection.isValid(CHECK_TIMEOUT_SECONDS)) {
            throw new SQLException("the listening connection no longer answers");
        }
    }

    @Override
    public void close() {
        close(connection);
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // it was broken already: nothing to release on the server
        }
    }
}

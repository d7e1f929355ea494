package com.phonesmith.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real PostgreSQL server from the embedded binaries on Maven Central, its data kept in a folder of ours so
 * it survives restarts. One server holds one database per service.
 */
public final class PostgresServer implements AutoCloseable {
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static PostgresServer start(Path dataDir, int port, boolean stopOnJvmExit) throws IOException {
        Files.createDirectories(dataDir);
        stopOrphanedServer(dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", "64MB")
                .setServerConfig("fsync", "on")
                .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                .setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
                .setRegisterShutdownHook(stopOnJvmExit)
                .start();
        return new PostgresServer(postgres);
    }

    /**
     * A server left running by a launcher that was killed holds the data folder: stop it first (fast shutdown,
     * SIGINT). Only call this while holding the data folder's lock, so it is never another launcher's server.
     */
    static void stopOrphanedServer(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            long pid = Long.parseLong(lines.get(0).trim());
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            if (handle.isEmpty() || !handle.get().info().command().orElse("").contains("postgres")) {
                return; // a stale pid file: PostgreSQL itself handles that
            }
            System.out.println("stopping a PostgreSQL (pid " + pid + ") left running by an earlier run");
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            handle.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (IOException | RuntimeException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot stop the PostgreSQL left running in " + dataDir + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Creates the database if it does not exist yet. */
    public void ensureDatabase(String database) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a safe database name: " + database);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + database);
            }
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // created concurrently by another test JVM: fine
                throw new IllegalStateException("cannot create database " + database, e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real PostgreSQL server from the embedded binaries on Maven Central, its data kept in a folder of ours so
 * it survives restarts. One server holds one database per service.
 * <p>
 * PostgreSQL runs detached from this JVM (started by {@code pg_ctl}), so a small guard process holds a pipe from
 * this JVM and stops the server (fast shutdown) once the pipe closes: a launcher killed with SIGKILL leaves no
 * server behind to hold the port or the data folder.
 */
public final class PostgresServer implements AutoCloseable, SupervisedPart {
    public static final String USER = "postgres";

    private final Path dataDir;
    private final int port;
    private final Durability durability;
    private final Path log;
    private volatile EmbeddedPostgres postgres;
    private volatile long postmasterPid = -1;
    private volatile Process guard;

    private PostgresServer(Path dataDir, int port, Durability durability, Path log) {
        this.dataDir = dataDir;
        this.port = port;
        this.durability = durability;
        this.log = log;
    }

    /**
     * Starts the server on {@code port} with its data in {@code dataDir} (created on first start), its output
     * appended to {@code log}. Refuses a server on that port that is not this folder's.
     */
    public static PostgresServer start(Path dataDir, int port, Durability durability, Path log) throws IOException {
        Files.createDirectories(dataDir);
        Files.createDirectories(log.getParent());
        stopOrphanedServer(dataDir);
        PostgresServer server = new PostgresServer(dataDir.toAbsolutePath(), port, durability, log);
        server.launch();
        return server;
    }

    private void launch() throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", "64MB")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setRegisterShutdownHook(false);
        durability.settings().forEach(builder::setServerConfig);
        EmbeddedPostgres started = builder.start();
        try {
            requireOwnServer(started);
            postmasterPid = readPostmasterPid();
            guard = startGuard(postmasterPid);
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
        postgres = started;
    }

    /**
     * The server answering on our port must be the one on our data folder: a server left running by another stack
     * on the same port would otherwise take every write of this one.
     */
    private void requireOwnServer(EmbeddedPostgres candidate) {
        try (Connection connection = candidate.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("show data_directory")) {
            rows.next();
            Path theirs = Path.of(rows.getString(1));
            if (!sameFolder(theirs, dataDir)) {
                throw new ForeignServerException("the PostgreSQL answering on port " + port + " is not this stack's:"
                        + " its data folder is " + theirs + ", this stack's is " + dataDir
                        + "; stop that server, or give this stack another port");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot ask the PostgreSQL on port " + port + " for its data folder", e);
        }
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private long readPostmasterPid() {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.US_ASCII);
            return Long.parseLong(lines.get(0).trim());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("PostgreSQL started but its postmaster.pid cannot be read", e);
        }
    }

    /**
     * {@code sh} waits for its standard input (a pipe from this JVM) to close, then stops the postmaster with
     * SIGINT (fast shutdown) if the pid file still names it, so a reused pid is never signalled.
     */
    private Process startGuard(long pid) {
        try {
            return new ProcessBuilder("sh", "-c",
                    "cat >/dev/null; [ \"$(head -n 1 \"$1\" 2>/dev/null)\" = \"$2\" ] && kill -INT \"$2\"; exit 0",
                    "postgres-guard", dataDir.resolve("postmaster.pid").toString(), Long.toString(pid))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the guard that stops PostgreSQL with this JVM", e);
        }
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
            if (handle.isEmpty() || !Processes.running(handle.get())
                    || !handle.get().info().command().orElse("").contains("postgres")) {
                return; // a stale pid file: PostgreSQL itself handles that
            }
            System.out.println("stopping a PostgreSQL (pid " + pid + ") left running by an earlier run");
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            Processes.exitOf(pid).get(60, TimeUnit.SECONDS);
        } catch (IOException | RuntimeException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot stop the PostgreSQL left running in " + dataDir + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Durability durability() {
        return durability;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
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
    public String name() {
        return "postgresql";
    }

    @Override
    public long pid() {
        return postmasterPid;
    }

    @Override
    public Path log() {
        return log;
    }

    @Override
    public CompletableFuture<String> ended() {
        long pid = postmasterPid;
        return Processes.exitOf(pid).thenApply(gone -> "the postmaster (pid " + pid + ") ended");
    }

    /** After a crash: releases what the dead server held and starts it again; crash recovery replays the WAL. */
    @Override
    public void restart() throws IOException {
        EmbeddedPostgres old = postgres;
        if (old != null) {
            old.close(); // releases its lock on the folder; its stop command finds nothing to stop
        }
        releaseGuard();
        stopOrphanedServer(dataDir);
        launch();
    }

    private void releaseGuard() {
        Process current = guard;
        if (current == null) {
            return;
        }
        try {
            current.getOutputStream().close();
            current.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException ignored) {
            // it is going away either way
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        current.destroyForcibly();
    }

    /** Fast shutdown; a server that does not stop in time is stopped by its guard, then killed. */
    @Override
    public void close() throws IOException {
        EmbeddedPostgres current = postgres;
        if (current != null) {
            current.close();
        }
        releaseGuard();
        ProcessHandle.of(postmasterPid).ifPresent(handle -> {
            try {
                Processes.exitOf(handle.pid()).get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                handle.descendants().forEach(ProcessHandle::destroyForcibly);
                handle.destroyForcibly();
            }
        });
    }

    /** Another stack's server holds our port. */
    public static final class ForeignServerException extends IllegalStateException {
        ForeignServerException(String message) {
            super(message);
        }
    }
}

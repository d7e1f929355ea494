package com.phonesmith.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stack's PostgreSQL keeps every commit it acknowledged: each of a burst of single-row commits is still
 * there after every PostgreSQL process is killed with SIGKILL right after the last one, and the server comes
 * back by crash recovery. (With the embedded library's default, synchronous_commit=off, the last commits of
 * the burst are lost.)
 */
class DurablePostgresTest {
    private static final int COMMITS = 300;

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedCommitSurvivesAKillDashNineOfPostgres() throws Exception {
        PostgresServer server = PostgresServer.start(folder.resolve("postgres"), Ports.free(), Durability.DURABLE,
                folder.resolve("postgresql.log"));
        try {
            server.ensureDatabase("orders");
            try (Connection connection = connect(server)) {
                assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(connection, "fsync")).isEqualTo("on");
                connection.createStatement().execute("create table placed (id int primary key)");
                try (PreparedStatement insert = connection.prepareStatement("insert into placed values (?)")) {
                    for (int id = 1; id <= COMMITS; id++) {
                        insert.setInt(1, id);
                        insert.executeUpdate(); // auto-commit: acknowledged once this returns
                    }
                }
                killEveryPostgresProcess(server.pid());
            } catch (SQLException connectionGone) {
                // the kill may break the connection before it closes
            }

            server.restart();

            try (Connection connection = connect(server); Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select count(*) from placed")) {
                rows.next();
                assertThat(rows.getInt(1)).as("acknowledged commits after the crash").isEqualTo(COMMITS);
            }
        } finally {
            server.close();
        }
    }

    private static void killEveryPostgresProcess(long postmasterPid) {
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid).orElseThrow();
        List<ProcessHandle> all = Stream.concat(postmaster.descendants(), Stream.of(postmaster)).toList();
        all.forEach(ProcessHandle::destroyForcibly);
        all.forEach(process -> process.onExit().join());
    }

    private static Connection connect(PostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl("orders"), PostgresServer.USER, PostgresServer.USER);
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }
}

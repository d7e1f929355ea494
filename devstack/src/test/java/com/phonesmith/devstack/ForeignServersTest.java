package com.phonesmith.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phonesmith.devstack.testing.TestInfrastructure;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stack whose port is answered by another stack's server refuses it, instead of reading and writing the other
 * stack's data: PostgreSQL by its data folder, Kafka by its cluster id.
 */
class ForeignServersTest {
    @TempDir
    Path folder;

    @Test
    void aPostgresOfAnotherDataFolderOnOurPortIsRefusedAndKeepsItsOwnData() throws Exception {
        int port = Ports.free();
        Path first = folder.resolve("first/postgres");
        try (PostgresServer firstServer = PostgresServer.start(first, port, Durability.RELAXED_FOR_TESTS,
                folder.resolve("first.log"))) {
            firstServer.ensureDatabase("orders");
            try (Connection connection = DriverManager.getConnection(firstServer.jdbcUrl("orders"), "postgres", "postgres")) {
                connection.createStatement().execute("create table handsets (imei text)");
            }

            assertThatThrownBy(() -> PostgresServer.start(folder.resolve("second/postgres"), port,
                    Durability.RELAXED_FOR_TESTS, folder.resolve("second.log")))
                    .isInstanceOf(PostgresServer.ForeignServerException.class)
                    .hasMessageContaining("port " + port + " is not this stack's")
                    .hasMessageContaining(first.toString());

            try (Connection connection = DriverManager.getConnection(firstServer.jdbcUrl("orders"), "postgres", "postgres");
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select to_regclass('handsets') is not null")) {
                rows.next();
                assertThat(rows.getBoolean(1)).isTrue();
            }
        }
    }

    @Test
    void aKafkaBrokerOfAnotherDataFolderOnOurPortIsRefused() {
        int theirs = TestInfrastructure.get().kafka().port();

        assertThatThrownBy(() -> KafkaBroker.start(folder.resolve("kafka"), theirs, Ports.free(), folder.resolve("kafka.log")))
                .hasMessageContaining("the Kafka broker answering on port " + theirs + " is not this stack's");
    }
}

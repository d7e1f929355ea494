package com.phonesmith.workflow.schema;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(CamundaTablesFirst.class)
class SchemaOrderTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theServiceStartsAndMigratesWhenCamundasTablesWereCreatedBeforeItsMigrations() throws SQLException {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));

        // the baseline Flyway records over Camunda's tables, the platform's migrations, then every one of ours
        List<String> expected = new ArrayList<>(List.of("0"));
        expected.addAll(versionsIn(Path.of("../platform/src/main/resources/db/platform")));
        expected.addAll(versionsIn(Path.of("src/main/resources/db/migration")));
        assertThat(appliedMigrations()).containsExactlyElementsOf(expected);
        assertThat(count("workflow_order")).isZero();
        assertThat(count("outbox_message")).isZero();
    }

    private static List<String> versionsIn(Path migrations) {
        try (var files = Files.list(migrations)) {
            return files.map(f -> f.getFileName().toString().replaceFirst("^V([0-9._]+)__.*", "$1").replace('_', '.'))
                    .sorted(Comparator.comparing(v -> new java.math.BigDecimal(v))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> appliedMigrations() throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select version from flyway_schema_history where success order by installed_rank")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    private long count(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

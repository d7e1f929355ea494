package com.phonesmith.web.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phonesmith.web.RealInfrastructure;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserTableTest extends RealInfrastructure {
    @Inject
    AgroalDataSource dataSource;

    private void insert(String username, String role) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into web_user (id, username, display_name, role, password_hash) values (?, ?, ?, ?, ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, username);
            insert.setString(3, "Test person");
            insert.setString(4, role);
            insert.setString(5, "$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA");
            insert.executeUpdate();
        }
    }

    @Test
    void aUserOfEachRoleCanBeStored() throws SQLException {
        for (String role : new String[] {"shopper", "operator", "support", "partner", "admin"}) {
            insert(role + "-" + UUID.randomUUID(), role);
        }
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.createStatement().executeQuery(
                        "select count(distinct role) from web_user")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(5);
        }
    }

    @Test
    void aRoleOutsideTheFiveIsRejected() {
        assertThatThrownBy(() -> insert("mallory-" + UUID.randomUUID(), "superuser"))
                .isInstanceOf(SQLException.class).hasMessageContaining("web_user_role_check");
    }

    @Test
    void aUsernameIsTakenOnlyOnce() throws SQLException {
        String username = "ada-" + UUID.randomUUID();
        insert(username, "shopper");
        assertThatThrownBy(() -> insert(username, "support"))
                .isInstanceOf(SQLException.class).hasMessageContaining("web_user_username_key");
    }
}

package com.phonesmith.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {
    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aRefusedDatabaseConnectionIsAServiceUnavailableProblemWithRetryAfter() {
        Exception refused = new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("Connection to 127.0.0.1:15432 refused", "08001"));

        Response response = mappers.unexpected(new RuntimeException(refused), null);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(((Problem) response.getEntity()).detail()).contains("retry in a few seconds");
    }

    @Test
    void aDatabaseShuttingDownOrStartingAndAnExhaustedPoolAreOutagesToo() {
        assertThat(Outages.isDatabaseOutage(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(Outages.isDatabaseOutage(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(Outages.isDatabaseOutage(new SQLTransientConnectionException("no connection in 5 s"))).isTrue();
    }

    @Test
    void aRecordChangedByAnotherRequestMeanwhileIsAConflictToSendAgain() {
        Exception stale = new OptimisticLockException(new StaleObjectStateException("WorkOrder", "order-1"));

        Response response = mappers.unexpected(new RuntimeException(stale), null);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(((Problem) response.getEntity()).detail()).contains("nothing of this one was applied");
        assertThat(ConcurrentChanges.isConcurrentChange(new SQLException("deadlock detected", "40P01"))).isTrue();
        assertThat(ConcurrentChanges.isConcurrentChange(new SQLException("could not serialize", "40001"))).isTrue();
    }

    @Test
    void otherFailuresStayInternalErrors() {
        assertThat(Outages.isDatabaseOutage(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(ConcurrentChanges.isConcurrentChange(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(mappers.unexpected(new IllegalStateException("bug"), null).getStatus()).isEqualTo(500);
    }
}

package com.phonesmith.workflow.live;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.platform.security.Roles;
import com.phonesmith.workflow.RealInfrastructure;
import com.phonesmith.workflow.order.OrderService;
import com.phonesmith.workflow.support.EventTraffic;
import com.phonesmith.workflow.support.Orders;
import com.phonesmith.workflow.timeline.EntryType;
import com.phonesmith.workflow.timeline.TimelineService;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What the listener hears: committed changes of a timeline, once each, and nothing of a rolled-back one. */
@QuarkusTest
class TimelineChangesTest extends RealInfrastructure {
    private static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    Followers followers;

    @Inject
    LiveListener listener;

    @Inject
    OrderService orders;

    @Inject
    AgroalDataSource dataSource;

    private static final class Counter implements Followers.Follower {
        final AtomicInteger changes = new AtomicInteger();

        @Override
        public void changed() {
            changes.incrementAndGet();
        }

        @Override
        public void end() {
        }
    }

    @Test
    void aChangeRolledBackIsNeverHeardWhileACommittedOneIsHeardOnce() {
        String orderId = Orders.freshId();
        EventTraffic.publish(Orders.placed(orderId));
        await().atMost(EventTraffic.WAIT).untilAsserted(() -> Orders.timeline(orderId));
        await().atMost(BOUND).until(listener::listening);
        everythingCommittedSoFarWasHeard();
        Counter heard = new Counter();
        Runnable stop = followers.follow(orderId, heard);
        try {
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                orders.record(orderId, EntryType.SUPPORT_NOTE, "never committed", null);
                throw new IllegalStateException("a later step failed: the transaction rolls back");
            })).hasMessageContaining("rolls back");
            everythingCommittedSoFarWasHeard();
            assertThat(heard.changes.get()).isZero();
            assertThat(Orders.timeline(orderId).getList("entries.detail", String.class))
                    .noneMatch(detail -> detail.contains("never committed"));

            given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT)).contentType(ContentType.JSON)
                    .body(Map.of("text", "committed")).post("/api/orders/{id}/support/notes", orderId)
                    .then().statusCode(204);
            everythingCommittedSoFarWasHeard();
            assertThat(heard.changes.get()).isOne();
        } finally {
            stop.run();
        }
    }

    /**
     * Commits a notification of a made-up order and waits until it is heard: PostgreSQL delivers notifications in the
     * order their transactions committed, and the listener hands them on in that order, so every one committed before
     * has been handed on by then.
     */
    private void everythingCommittedSoFarWasHeard() {
        String marker = "marker-" + UUID.randomUUID();
        Counter heard = new Counter();
        Runnable stop = followers.follow(marker, heard);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, TimelineService.CHANGES_CHANNEL);
            notify.setString(2, marker);
            notify.executeQuery().close();
            await().atMost(BOUND).until(() -> heard.changes.get() == 1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            stop.run();
        }
    }
}

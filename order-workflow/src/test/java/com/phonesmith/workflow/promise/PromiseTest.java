package com.phonesmith.workflow.promise;

import static com.phonesmith.workflow.support.EventTraffic.command;
import static com.phonesmith.workflow.support.EventTraffic.commandsWhenQuiet;
import static com.phonesmith.workflow.support.EventTraffic.publish;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.phonesmith.contracts.Topics;
import com.phonesmith.contracts.events.BuildImage;
import com.phonesmith.contracts.events.ExpediteBuild;
import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.OrderAtRisk;
import com.phonesmith.contracts.events.OrderPlaced;
import com.phonesmith.contracts.events.PromiseBreached;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.contracts.events.Shipped;
import com.phonesmith.devstack.testing.KafkaProbe;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.platform.security.Roles;
import com.phonesmith.workflow.RealInfrastructure;
import com.phonesmith.workflow.process.OrderProcess;
import com.phonesmith.workflow.support.EventTraffic;
import com.phonesmith.workflow.support.Orders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The promise: its timers are set from the order's promised dates; when the at-risk moment comes an order still in the
 * factory is escalated (listed for support, OrderAtRisk), support expedites it (ExpediteBuild to the factory), and an
 * order not delivered by its promised day is recorded as breached. The engine's clock is moved past each timer's due
 * date, and the timer then runs as the job executor would run it.
 */
@QuarkusTest
class PromiseTest extends RealInfrastructure {
    private static final String IMEI = "356938035643929";

    @Inject
    RuntimeService runtime;
    @Inject
    ManagementService management;

    @AfterEach
    void engineClockBackToNow() {
        ClockUtil.reset();
    }

    @Test
    void theTimersComeFromThePromisedDatesAndAnOrderStillInTheFactoryAtItsAtRiskMomentIsEscalatedAndExpedited() {
        LocalDate shipDay = LocalDate.now(ZoneOffset.UTC).plusDays(3);
        String orderId = placed(shipDay, shipDay.plusDays(2));

        Job atRisk = timerOf(orderId, "AtRiskMoment");
        assertThat(atRisk.getDuedate().toInstant())
                .isEqualTo(shipDay.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minus(Duration.ofHours(8)));
        assertThat(timerOf(orderId, "BreachMoment").getDuedate().toInstant())
                .isEqualTo(shipDay.plusDays(3).atStartOfDay().toInstant(ZoneOffset.UTC));
        assertThat(escalated("AT_RISK")).doesNotContain(orderId);

        crossTimer(atRisk);

        assertThat(escalated("AT_RISK")).contains(orderId);
        OrderAtRisk event = published(orderId, OrderAtRisk.class);
        assertThat(event.promisedDeliveryDate()).isEqualTo(shipDay.plusDays(2));
        assertThat(event.status()).isEqualTo("IN_PRODUCTION");
        assertThat(Orders.timeline(orderId).getList("entries.type", String.class)).contains("AtRisk");

        asSupport().post("/api/orders/{id}/support/expedite", orderId).then().statusCode(200)
                .body("expeditedBy", equalTo("support-ana"));
        asSupport().post("/api/orders/{id}/support/expedite", orderId).then().statusCode(200);
        List<ExpediteBuild> expedites = commandsWhenQuiet(orderId, ExpediteBuild.class);
        assertThat(expedites).containsExactly(new ExpediteBuild(orderId, "support-ana"));

        publish(Orders.imageReady(orderId));
        publish(new HandsetReserved(orderId, IMEI, "NVK-FJ-0129"));
        command(orderId, FlashHandset.class);
        publish(new Shipped(orderId, IMEI, "sim-post", "SP129"));
        await().atMost(EventTraffic.WAIT).until(() -> !escalated("AT_RISK").contains(orderId));
        asSupport().post("/api/orders/{id}/support/expedite", orderId).then().statusCode(409);
    }

    @Test
    void anOrderThatShipsBeforeItsAtRiskMomentIsNotEscalated() {
        LocalDate shipDay = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        String orderId = placed(shipDay, shipDay.plusDays(2));
        publish(Orders.imageReady(orderId));
        publish(new HandsetReserved(orderId, IMEI, "NVK-FJ-0129"));
        command(orderId, FlashHandset.class);
        publish(new Shipped(orderId, IMEI, "sim-post", "SP130"));
        await().atMost(EventTraffic.WAIT).until(() -> Orders.timeline(orderId).getString("status"), "SHIPPED"::equals);

        crossTimer(timerOf(orderId, "AtRiskMoment"));

        assertThat(Orders.timeline(orderId).getList("entries.type", String.class)).doesNotContain("AtRisk");
        assertThat(escalated("AT_RISK")).doesNotContain(orderId);
    }

    @Test
    void anOrderNotDeliveredByItsPromisedDayIsRecordedAsBreachedOnce() {
        LocalDate shipDay = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        String orderId = placed(shipDay, shipDay.plusDays(2));

        crossTimer(timerOf(orderId, "BreachMoment"));

        assertThat(escalated("BREACHED")).contains(orderId);
        PromiseBreached event = published(orderId, PromiseBreached.class);
        assertThat(event.promisedDeliveryDate()).isEqualTo(shipDay.plusDays(2));
        assertThat(Orders.timeline(orderId).getList("entries.detail", String.class))
                .contains("Promise breached: not delivered by " + shipDay.plusDays(2) + " (still IN_PRODUCTION)");
        given().header("Order-Token", "nobody").get("/api/orders/{id}/timeline", orderId).then().statusCode(404);
    }

    @Test
    void supportAddsANoteWithItsAuthorWhichShoppersDoNotSeeAndEmptyOrUnknownListsAreClearErrors() {
        String token = "tracking-" + UUID.randomUUID();
        String orderId = Orders.freshId();
        publish(Orders.placedBy(orderId, null, token));
        command(orderId, BuildImage.class);

        asSupport().contentType(ContentType.JSON).body(Map.of("text", "customer asked for gift wrap"))
                .post("/api/orders/{id}/support/notes", orderId).then().statusCode(204);
        asSupport().contentType(ContentType.JSON).body(Map.of("text", "  "))
                .post("/api/orders/{id}/support/notes", orderId).then().statusCode(400)
                .body("errors[0].field", equalTo("text"));
        asSupport().contentType(ContentType.JSON).body(Map.of("text", "x"))
                .post("/api/orders/{id}/support/notes", Orders.freshId()).then().statusCode(404);
        asSupport().get("/api/escalations?kind=LATE").then().statusCode(400).body("errors[0].field", equalTo("kind"));

        assertThat(Orders.timeline(orderId).getList("entries.detail", String.class))
                .contains("Note by support (support-ana): customer asked for gift wrap");
        assertThat(given().header("Order-Token", token).get("/api/orders/{id}/timeline", orderId).then()
                .statusCode(200).extract().jsonPath().getList("entries.type", String.class))
                .doesNotContain("SupportNote");
    }

    private static String placed(LocalDate shipDay, LocalDate deliveryDay) {
        String orderId = Orders.freshId();
        OrderPlaced p = Orders.placed(orderId);
        publish(new OrderPlaced(orderId, p.maker(), p.model(), p.colour(), p.storageGb(), p.features(), p.apps(),
                p.priceMinor(), p.currency(), p.customerEmail(), p.placedAt(), null, null, shipDay, deliveryDay));
        command(orderId, BuildImage.class);
        command(orderId, ScheduleBuild.class);
        return orderId;
    }

    /** Moves the engine's clock past the timer's due date and runs the timer, as the job executor would. */
    private void crossTimer(Job timer) {
        ClockUtil.setCurrentTime(new java.util.Date(timer.getDuedate().getTime() + 1_000));
        assertThat(management.createJobQuery().jobId(timer.getId()).executable().count()).isEqualTo(1);
        management.executeJob(timer.getId());
        ClockUtil.reset();
    }

    private Job timerOf(String orderId, String activityId) {
        return await().atMost(EventTraffic.WAIT).until(() -> management.createJobQuery().timers()
                .processInstanceId(runtime.createProcessInstanceQuery().processDefinitionKey(OrderProcess.PROCESS_KEY)
                        .processInstanceBusinessKey(orderId).singleResult().getId())
                .activityId(activityId).singleResult(), job -> job != null);
    }

    private static <T extends com.phonesmith.contracts.Event> T published(String orderId, Class<T> type) {
        String name = com.phonesmith.contracts.EventCodec.typeOf(type).name();
        var records = KafkaProbe.awaitRecords(Topics.ORDERS_EVENTS, r -> orderId.equals(r.key())
                && name.equals(EventTraffic.CODEC.parse(r.value()).type()), 1, EventTraffic.WAIT);
        assertThat(records).as(name + " of " + orderId).hasSize(1);
        return EventTraffic.CODEC.payloadOf(EventTraffic.CODEC.parse(records.get(0).value()), type);
    }

    private static List<String> escalated(String kind) {
        return asSupport().get("/api/escalations?kind=" + kind + "&limit=500").then().statusCode(200).extract()
                .jsonPath().getList("items.orderId", String.class);
    }

    private static RequestSpecification asSupport() {
        return given().auth().oauth2(TestTokens.get().token().subject("support-ana").roles(Roles.SUPPORT).sign());
    }
}

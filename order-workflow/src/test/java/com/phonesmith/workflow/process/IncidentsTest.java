package com.phonesmith.workflow.process;

import static com.phonesmith.workflow.support.EventTraffic.command;
import static com.phonesmith.workflow.support.EventTraffic.commands;
import static com.phonesmith.workflow.support.EventTraffic.commandsWhenQuiet;
import static com.phonesmith.workflow.support.EventTraffic.deadLettersWhenQuiet;
import static com.phonesmith.workflow.support.EventTraffic.publish;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.phonesmith.contracts.events.BuildImage;
import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.ImageBuildFailed;
import com.phonesmith.contracts.events.ImageReady;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.platform.security.Roles;
import com.phonesmith.workflow.RealInfrastructure;
import com.phonesmith.workflow.support.EventTraffic;
import com.phonesmith.workflow.support.Orders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * No silent waits: a failed image build and a reply that does not come in time raise the order to support as an
 * incident, support sees it and retries it, and the order goes on. Driven through Kafka as in production; the
 * wait's timer is fired by running its job, as the job executor would when the bound has passed.
 */
@QuarkusTest
class IncidentsTest extends RealInfrastructure {

    @Inject
    RuntimeService runtime;
    @Inject
    ManagementService management;

    @Test
    void aFailedImageBuildRaisesAnIncidentThatSupportRetriesWhichSendsBuildImageAgainAndTheOrderGoesOn() {
        String orderId = placed();
        publish(new ImageBuildFailed(orderId, "the artifact store's disk is full"));

        Map<String, Object> incident = awaitIncidentOf(orderId);
        assertThat(incident).containsEntry("type", "IMAGE_BUILD_FAILED").containsEntry("waitingFor", "ImageReady")
                .containsEntry("message", "Image build failed: the artifact store's disk is full");
        assertThat(Orders.timeline(orderId).getList("entries.type", String.class))
                .containsSubsequence("ImageBuildFailed", "IncidentRaised");

        JsonPath retried = asSupport().post("/api/orders/{o}/incidents/{i}/retry", orderId, incident.get("id"))
                .then().log().ifValidationFails().statusCode(200).extract().jsonPath();

        assertThat(retried.getString("resent")).isEqualTo("BuildImage");
        assertThat(commands(orderId, BuildImage.class, 2, EventTraffic.WAIT)).hasSize(2);
        assertThat(openIncidentsOf(orderId)).isEmpty();
        JsonPath timeline = Orders.timeline(orderId);
        assertThat(timeline.getList("entries.detail", String.class))
                .anyMatch(d -> d.startsWith("Retried by support (") && d.endsWith("; BuildImage sent again"));
        assertThat(timeline.getString("status")).isEqualTo("IN_PRODUCTION");

        publish(Orders.imageReady(orderId));
        publish(new HandsetReserved(orderId, "356938035643838", "NVK-FJ-0038"));
        command(orderId, FlashHandset.class);
        assertThat(deadLettersWhenQuiet(orderId)).isEmpty();
    }

    @Test
    void aReplyThatDoesNotComeInTimeIsAskedForAgainAndRaisedAndItsLateArrivalEndsTheIncident() {
        String orderId = placed();

        runOverdueTimer(orderId, "HandsetReservedOverdue");

        assertThat(commands(orderId, ScheduleBuild.class, 2, EventTraffic.WAIT)).hasSize(2);
        Map<String, Object> incident = awaitIncidentOf(orderId);
        assertThat(incident).containsEntry("type", "REPLY_OVERDUE").containsEntry("waitingFor", "HandsetReserved")
                .containsEntry("message", "No HandsetReserved within PT24H; ScheduleBuild sent again");
        assertThat(runtime.getActiveActivityIds(instanceOf(orderId).getId()))
                .as("the wait goes on").contains("HandsetReserved", "ImageReady");

        HandsetReserved late = new HandsetReserved(orderId, "356938035643846", "NVK-FJ-0046");
        publish(late);
        await().atMost(EventTraffic.WAIT).ignoreExceptionsInstanceOf(AssertionError.class)
                .until(() -> openIncidentsOf(orderId).isEmpty());
        publish(late); // answered again for the command sent again: no news, and no dead letter

        ImageReady image = Orders.imageReady(orderId);
        publish(image);
        command(orderId, FlashHandset.class);
        assertThat(deadLettersWhenQuiet(orderId)).isEmpty();
        assertThat(Orders.timeline(orderId).getList("entries.type", String.class))
                .containsOnlyOnce("HandsetReserved", "ReplyOverdue", "IncidentRaised");
    }

    @Test
    void anOverdueShipmentIsRaisedWithoutFlashingTheHandsetAgain() {
        String orderId = placed();
        publish(Orders.imageReady(orderId));
        publish(new HandsetReserved(orderId, "356938035643853", "NVK-FJ-0053"));
        command(orderId, FlashHandset.class);

        runOverdueTimer(orderId, "ShippedOverdue");

        Map<String, Object> incident = awaitIncidentOf(orderId);
        assertThat(incident).containsEntry("type", "REPLY_OVERDUE")
                .containsEntry("message", "No Shipped within P2D");
        asSupport().post("/api/orders/{o}/incidents/{i}/retry", orderId, incident.get("id"))
                .then().statusCode(200);
        assertThat(commandsWhenQuiet(orderId, FlashHandset.class)).hasSize(1);
    }

    @Test
    void aStepOfTheProcessThatRanOutOfTriesIsListedAndSupportsRetryGivesItAnotherTry() {
        String orderId = placed();
        Job timer = timerOf(orderId, "HandsetReservedOverdue");
        management.setJobRetries(timer.getId(), 0); // as after its last failed try

        Map<String, Object> incident = awaitIncidentOf(orderId);
        assertThat(incident).containsEntry("type", "JOB_FAILED").containsEntry("waitingFor", "HandsetReservedOverdue");

        JsonPath retried = asSupport().post("/api/orders/{o}/incidents/{i}/retry", orderId, incident.get("id"))
                .then().statusCode(200).extract().jsonPath();

        assertThat(retried.getString("resent")).isNull();
        assertThat(management.createJobQuery().jobId(timer.getId()).singleResult().getRetries()).isEqualTo(1);
        assertThat(openIncidentsOf(orderId)).isEmpty();
        assertThat(commandsWhenQuiet(orderId, ScheduleBuild.class)).hasSize(1);
    }

    @Test
    void aShopperDoesNotSeeIncidentsOnTheirTimelineButSupportDoes() {
        String orderId = Orders.freshId();
        String token = "tracking-" + UUID.randomUUID();
        publish(Orders.placedBy(orderId, null, token));
        command(orderId, BuildImage.class);
        publish(new ImageBuildFailed(orderId, "no space left"));
        awaitIncidentOf(orderId);

        List<String> seenByGuest = given().header("Order-Token", token).when().get("/api/orders/{id}/timeline", orderId)
                .then().statusCode(200).extract().jsonPath().getList("entries.type", String.class);

        assertThat(seenByGuest).contains("ImageBuildFailed").doesNotContain("IncidentRaised");
        assertThat(Orders.timeline(orderId).getList("entries.type", String.class)).contains("IncidentRaised");
    }

    @Test
    void retryingAnIncidentThatIsNotOpenIsANotFoundProblemAndChangesNothing() {
        String orderId = placed();

        asSupport().post("/api/orders/{o}/incidents/{i}/retry", orderId, "no-such-incident")
                .then().statusCode(404).contentType("application/problem+json");
        asSupport().post("/api/orders/{o}/incidents/{i}/retry", Orders.freshId(), "no-such-incident")
                .then().statusCode(404).contentType("application/problem+json");

        assertThat(commandsWhenQuiet(orderId, BuildImage.class)).hasSize(1);
        assertThat(Orders.timeline(orderId).getList("entries.type", String.class)).doesNotContain("SupportRetried");
    }

    private static String placed() {
        String orderId = Orders.freshId();
        publish(Orders.placed(orderId));
        command(orderId, BuildImage.class);
        command(orderId, ScheduleBuild.class);
        return orderId;
    }

    private void runOverdueTimer(String orderId, String timerId) {
        management.executeJob(timerOf(orderId, timerId).getId());
    }

    private Job timerOf(String orderId, String timerId) {
        return await().atMost(EventTraffic.WAIT).until(() -> management.createJobQuery().timers()
                .processInstanceId(instanceOf(orderId).getId()).activityId(timerId).singleResult(), job -> job != null);
    }

    private ProcessInstance instanceOf(String orderId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(OrderProcess.PROCESS_KEY)
                .processInstanceBusinessKey(orderId).singleResult();
    }

    private static Map<String, Object> awaitIncidentOf(String orderId) {
        // the incident may appear between the two lists openIncidentsOf reads: look again until they agree
        return await().atMost(EventTraffic.WAIT).ignoreExceptionsInstanceOf(AssertionError.class)
                .until(() -> openIncidentsOf(orderId), list -> list.size() == 1).get(0);
    }

    /** The order's own list, checked against the list of all open incidents. */
    private static List<Map<String, Object>> openIncidentsOf(String orderId) {
        List<Map<String, Object>> own = asSupport().queryParam("orderId", orderId).get("/api/incidents").then()
                .statusCode(200).extract().jsonPath().getList("items");
        List<Map<String, Object>> all = asSupport().get("/api/incidents?limit=500").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(own).allSatisfy(item -> assertThat(item).containsEntry("orderId", orderId))
                .hasSameSizeAs(all.stream().filter(item -> orderId.equals(item.get("orderId"))).toList());
        return own;
    }

    @Test
    void askingForTheIncidentsOfAMalformedOrderIdIsABadRequestNamingTheField() {
        asSupport().queryParam("orderId", "not an order").get("/api/incidents").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("orderId"));
    }

    private static io.restassured.specification.RequestSpecification asSupport() {
        return given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT)).when();
    }
}

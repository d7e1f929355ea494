package com.phonesmith.workflow.process;

import static com.phonesmith.workflow.support.EventTraffic.command;
import static com.phonesmith.workflow.support.EventTraffic.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.phonesmith.contracts.events.BuildImage;
import com.phonesmith.contracts.events.CapturePayment;
import com.phonesmith.contracts.events.Delivered;
import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.Flashed;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.ImageReady;
import com.phonesmith.contracts.events.Packed;
import com.phonesmith.contracts.events.QaPassed;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.contracts.events.Shipped;
import com.phonesmith.workflow.RealInfrastructure;
import com.phonesmith.workflow.support.EventTraffic;
import com.phonesmith.workflow.support.Orders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The happy path of process phone-order, driven only through Kafka as in production: OrderPlaced in,
 * commands out on workflow.commands, replies in, until the process ends with the delivery. One test per order in which the
 * two parallel branches complete.
 */
@QuarkusTest
class PhoneOrderProcessTest extends RealInfrastructure {
    @Inject
    ProcessEngine processEngine;
    @Inject
    RuntimeService runtime;
    @Inject
    HistoryService history;

    @BeforeEach
    void initProcessAssertions() {
        BpmnAwareTests.init(processEngine);
    }

    @Test
    void anOrderWhoseImageIsReadyBeforeItsHandsetIsReservedIsFlashedWithThatImageAndEndsWhenShipped() {
        runHappyPath(true);
    }

    @Test
    void anOrderWhoseHandsetIsReservedBeforeItsImageIsReadyIsFlashedWithThatImageAndEndsWhenShipped() {
        runHappyPath(false);
    }

    private void runHappyPath(boolean imageFirst) {
        String orderId = Orders.freshId();
        publish(Orders.placed(orderId));

        BuildImage build = command(orderId, BuildImage.class);
        assertThat(build.model()).isEqualTo("nordvik-fjord");
        assertThat(build.features()).containsExactly("microg", "privacy-dns");
        assertThat(build.apps()).containsExactly("firefox", "signal");
        ScheduleBuild schedule = command(orderId, ScheduleBuild.class);
        assertThat(schedule).isEqualTo(new ScheduleBuild(orderId, "nordvik-fjord", "slate", 128, "nordvik",
                List.of("microg", "privacy-dns"), List.of("firefox", "signal")));

        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(OrderProcess.PROCESS_KEY).processInstanceBusinessKey(orderId).singleResult();
        BpmnAwareTests.assertThat(instance).isStarted().isWaitingAt("ImageReady", "HandsetReserved");
        assertThat(Orders.timeline(orderId).getString("status")).isEqualTo("IN_PRODUCTION");

        ImageReady image = Orders.imageReady(orderId);
        HandsetReserved handset = new HandsetReserved(orderId, "356938035643809", "NVK-FJ-0007");
        if (imageFirst) {
            publish(image);
            awaitWaitingOnlyAt(instance, "HandsetReserved");
            publish(handset);
        } else {
            publish(handset);
            awaitWaitingOnlyAt(instance, "ImageReady");
            publish(image);
        }

        FlashHandset flash = command(orderId, FlashHandset.class);
        assertThat(flash).isEqualTo(new FlashHandset(orderId, image.url(), image.digest(), image.fingerprint()));
        BpmnAwareTests.assertThat(instance).isWaitingAtExactly("Shipped");
        assertThat(Orders.timeline(orderId).getString("status")).isEqualTo("FLASHING");

        publish(new Flashed(orderId, handset.imei(), image.digest()));
        publish(new QaPassed(orderId, handset.imei(), image.fingerprint()));
        publish(new Packed(orderId, handset.imei()));
        publish(new Shipped(orderId, handset.imei(), "DHL", "JJD0001234567"));
        awaitWaitingOnlyAt(instance, "Delivered");
        assertThat(command(orderId, CapturePayment.class).orderId()).isEqualTo(orderId);
        assertThat(Orders.timeline(orderId).getString("status")).isEqualTo("SHIPPED");
        publish(new Delivered(orderId, handset.imei(), "DHL", "JJD0001234567", Instant.now()));

        await().atMost(EventTraffic.WAIT).until(() -> endTimeOf(instance) != null);
        BpmnAwareTests.assertThat(instance).isEnded();
        // history keeps the process, not its steps (process/WithoutActivityInstances): the timeline below has them
        assertThat(historicOf(instance).getEndActivityId()).isEqualTo("OrderDelivered");
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).count()).isZero();

        JsonPath timeline = Orders.timeline(orderId);
        assertThat(timeline.getString("orderId")).isEqualTo(orderId);
        assertThat(timeline.getString("status")).isEqualTo("DELIVERED");
        List<String> reply = imageFirst ? List.of("ImageReady", "HandsetReserved") : List.of("HandsetReserved", "ImageReady");
        assertThat(timeline.getList("entries.type", String.class)).containsExactly(
                "OrderPlaced", "BuildImageSent", "ScheduleBuildSent", reply.get(0), reply.get(1),
                "FlashHandsetSent", "Flashed", "QaPassed", "Packed", "Shipped", "CapturePaymentSent", "Delivered");
        assertThat(timeline.getList("entries.detail", String.class)).contains(
                "Image " + image.digest().substring(7, 15) + "… ready (1.2 MB)",
                "Handset IMEI 356938035643809 reserved (serial NVK-FJ-0007)",
                "Shipped with DHL, tracking JJD0001234567", "Delivered by DHL, tracking JJD0001234567");
        List<Instant> times = timeline.getList("entries.at", String.class).stream().map(Instant::parse).toList();
        assertThat(times).isSorted();
    }

    private void awaitWaitingOnlyAt(ProcessInstance instance, String activityId) {
        await().atMost(EventTraffic.WAIT)
                .until(() -> runtime.getActiveActivityIds(instance.getId()), ids -> ids.equals(List.of(activityId)));
    }

    private java.util.Date endTimeOf(ProcessInstance instance) {
        return historicOf(instance).getEndTime();
    }

    private HistoricProcessInstance historicOf(ProcessInstance instance) {
        return history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult();
    }
}

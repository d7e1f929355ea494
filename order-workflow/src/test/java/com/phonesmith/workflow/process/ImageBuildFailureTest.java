package com.phonesmith.workflow.process;

import static com.phonesmith.workflow.support.EventTraffic.command;
import static com.phonesmith.workflow.support.EventTraffic.commandsWhenQuiet;
import static com.phonesmith.workflow.support.EventTraffic.deadLettersWhenQuiet;
import static com.phonesmith.workflow.support.EventTraffic.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.phonesmith.contracts.events.BuildImage;
import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.ImageBuildFailed;
import com.phonesmith.contracts.events.ImageReady;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.workflow.RealInfrastructure;
import com.phonesmith.workflow.support.EventTraffic;
import com.phonesmith.workflow.support.Orders;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An image that os-image-builder could not build is shown on the order (timeline entry, status
 * IMAGE_FAILED) and raised to support, while the process keeps waiting for ImageReady: a later successful
 * build ends the incident and lets the order go on to flashing.
 */
@QuarkusTest
class ImageBuildFailureTest extends RealInfrastructure {
    private static final String REASON = "unknown app 'solitaire'";

    @Inject
    ProcessEngine processEngine;
    @Inject
    RuntimeService runtime;

    @BeforeEach
    void initProcessAssertions() {
        BpmnAwareTests.init(processEngine);
    }

    @Test
    void aFailedImageBuildShowsOnTheTimelineAndALaterImageReadyLetsTheOrderBeFlashedWhenItsHandsetArrives() {
        String orderId = Orders.freshId();
        ProcessInstance instance = placeAndFailImageBuild(orderId);

        ImageReady image = Orders.imageReady(orderId);
        publish(image);
        awaitWaitingOnlyAt(instance, "HandsetReserved");
        assertThat(Orders.timeline(orderId).getString("status")).isEqualTo("IN_PRODUCTION");
        publish(new HandsetReserved(orderId, "356938035643820", "NVK-FJ-0020"));

        assertFlashedWith(orderId, image, instance);
    }

    @Test
    void anOrderWhoseImageFailedStaysInTheProblemStateWhenItsHandsetIsReservedUntilAnImageIsReady() {
        String orderId = Orders.freshId();
        ProcessInstance instance = placeAndFailImageBuild(orderId);

        publish(new HandsetReserved(orderId, "356938035643821", "NVK-FJ-0021"));
        awaitWaitingOnlyAt(instance, "ImageReady");
        assertThat(Orders.timeline(orderId).getString("status")).isEqualTo("IMAGE_FAILED");
        assertThat(commandsWhenQuiet(orderId, FlashHandset.class)).isEmpty();

        ImageReady image = Orders.imageReady(orderId);
        publish(image);

        assertFlashedWith(orderId, image, instance);
    }

    /** Places an order, waits for both commands, then reports its image build as failed. */
    private ProcessInstance placeAndFailImageBuild(String orderId) {
        publish(Orders.placed(orderId));
        command(orderId, BuildImage.class);
        command(orderId, ScheduleBuild.class);
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(OrderProcess.PROCESS_KEY).processInstanceBusinessKey(orderId).singleResult();

        publish(new ImageBuildFailed(orderId, REASON));

        await().atMost(EventTraffic.WAIT).untilAsserted(() -> {
            JsonPath timeline = Orders.timeline(orderId);
            assertThat(timeline.getString("status")).isEqualTo("IMAGE_FAILED");
            assertThat(timeline.getList("entries.type", String.class)).containsExactly(
                    "OrderPlaced", "BuildImageSent", "ScheduleBuildSent", "ImageBuildFailed", "IncidentRaised");
            assertThat(timeline.getList("entries.detail", String.class))
                    .contains("Image build failed: " + REASON);
        });
        // not correlated: the process still waits for both replies
        BpmnAwareTests.assertThat(instance).isWaitingAtExactly("ImageReady", "HandsetReserved");
        assertThat(deadLettersWhenQuiet(orderId)).isEmpty();
        return instance;
    }

    private void assertFlashedWith(String orderId, ImageReady image, ProcessInstance instance) {
        FlashHandset flash = command(orderId, FlashHandset.class);
        assertThat(flash).isEqualTo(new FlashHandset(orderId, image.url(), image.digest(), image.fingerprint()));
        assertThat(commandsWhenQuiet(orderId, FlashHandset.class)).hasSize(1);
        BpmnAwareTests.assertThat(instance).isWaitingAtExactly("Shipped");
        JsonPath timeline = Orders.timeline(orderId);
        assertThat(timeline.getString("status")).isEqualTo("FLASHING");
        assertThat(timeline.getList("entries.type", String.class))
                .containsOnlyOnce("ImageBuildFailed", "IncidentRaised", "ImageReady", "HandsetReserved", "FlashHandsetSent");
        assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count())
                .as("the ImageReady that came ends the incident").isZero();
        assertThat(deadLettersWhenQuiet(orderId)).isEmpty();
    }

    private void awaitWaitingOnlyAt(ProcessInstance instance, String activityId) {
        await().atMost(EventTraffic.WAIT)
                .until(() -> runtime.getActiveActivityIds(instance.getId()), ids -> ids.equals(List.of(activityId)));
    }
}

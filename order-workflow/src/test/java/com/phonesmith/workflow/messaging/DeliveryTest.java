package com.phonesmith.workflow.messaging;

import static com.phonesmith.workflow.support.EventTraffic.awaitConsumed;
import static com.phonesmith.workflow.support.EventTraffic.command;
import static com.phonesmith.workflow.support.EventTraffic.commandsWhenQuiet;
import static com.phonesmith.workflow.support.EventTraffic.deadLetters;
import static com.phonesmith.workflow.support.EventTraffic.deadLettersWhenQuiet;
import static com.phonesmith.workflow.support.EventTraffic.publish;
import static com.phonesmith.workflow.support.EventTraffic.publishJson;
import static com.phonesmith.workflow.support.EventTraffic.reasonOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.phonesmith.contracts.Topics;
import com.phonesmith.contracts.events.BuildImage;
import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.ImageBuildFailed;
import com.phonesmith.contracts.events.ImageReady;
import com.phonesmith.contracts.events.OrderPlaced;
import com.phonesmith.contracts.events.Packed;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.contracts.events.Shipped;
import com.phonesmith.workflow.RealInfrastructure;
import com.phonesmith.workflow.process.OrderProcess;
import com.phonesmith.workflow.support.EventTraffic;
import com.phonesmith.workflow.support.Orders;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;

/** Repeats, strays and races on the real broker: each has its effect once, or fails loudly. */
@QuarkusTest
class DeliveryTest extends RealInfrastructure {

    @Inject
    HistoryService history;

    @Test
    void anOrderPlacedDeliveredTwiceAndRepublishedUnderANewMessageIdStartsOneProcess() {
        String orderId = Orders.freshId();
        OrderPlaced placed = Orders.placed(orderId);
        String json = publish(placed);
        publishJson(Topics.ORDERS_EVENTS, orderId, json);
        publish(placed);

        command(orderId, BuildImage.class);
        awaitConsumed(Topics.ORDERS_EVENTS);

        assertThat(processesOf(orderId)).isEqualTo(1);
        assertThat(commandsWhenQuiet(orderId, BuildImage.class)).hasSize(1);
        assertThat(commandsWhenQuiet(orderId, ScheduleBuild.class)).hasSize(1);
        assertThat(Orders.timeline(orderId).getList("entries.type", String.class))
                .containsOnlyOnce("OrderPlaced");
        assertThat(deadLettersWhenQuiet(orderId)).isEmpty();
    }

    @Test
    void anOrderPlacedThatContradictsTheStoredOrderGoesToTheDeadLetterTopicAndStartsNothing() {
        String orderId = Orders.freshId();
        OrderPlaced placed = Orders.placed(orderId);
        publish(placed);
        command(orderId, BuildImage.class);

        publish(new OrderPlaced(orderId, placed.maker(), placed.model(), "birch", placed.storageGb(),
                placed.features(), placed.apps(), placed.priceMinor(), placed.currency(), placed.customerEmail(),
                placed.placedAt()));

        List<ConsumerRecord<String, String>> dead = deadLetters(orderId, 1, EventTraffic.WAIT);
        assertThat(dead).hasSize(1);
        assertThat(reasonOf(dead.get(0))).contains("differs from the stored order", "colour was slate, now birch");
        assertThat(processesOf(orderId)).isEqualTo(1);
    }

    @Test
    void aRedeliveredImageReadyIsHandledOnce() {
        String orderId = Orders.freshId();
        publish(Orders.placed(orderId));
        command(orderId, ScheduleBuild.class);

        ImageReady image = Orders.imageReady(orderId);
        String json = publish(image);
        publishJson(Topics.IMAGES_EVENTS, orderId, json);
        awaitConsumed(Topics.IMAGES_EVENTS);

        assertThat(deadLettersWhenQuiet(orderId)).isEmpty();
        assertThat(Orders.timeline(orderId).getList("entries.type", String.class)).containsOnlyOnce("ImageReady");

        publish(new HandsetReserved(orderId, "356938035643810", "NVK-FJ-0008"));
        assertThat(command(orderId, FlashHandset.class).digest()).isEqualTo(image.digest());
    }

    @Test
    void anImageAndAHandsetArrivingTogetherJoinOnceAndSendOneFlashHandset() {
        String orderId = Orders.freshId();
        publish(Orders.placed(orderId));
        command(orderId, BuildImage.class);
        command(orderId, ScheduleBuild.class);

        ImageReady image = Orders.imageReady(orderId);
        publish(image);
        publish(new HandsetReserved(orderId, "356938035643811", "NVK-FJ-0009"));

        command(orderId, FlashHandset.class);
        assertThat(commandsWhenQuiet(orderId, FlashHandset.class)).hasSize(1);
        assertThat(deadLettersWhenQuiet(orderId)).isEmpty();
        assertThat(Orders.timeline(orderId).getString("status")).isEqualTo("FLASHING");
    }

    @Test
    void anImageReadyForAnOrderNeverPlacedGoesToTheDeadLetterTopic() {
        String orderId = Orders.freshId();
        publish(Orders.imageReady(orderId));

        List<ConsumerRecord<String, String>> dead = deadLetters(orderId, 1, EventTraffic.WAIT);
        assertThat(dead).hasSize(1);
        assertThat(reasonOf(dead.get(0))).contains("order " + orderId + " is not known");
    }

    @Test
    void anImageBuildFailedForAnOrderNeverPlacedGoesToTheDeadLetterTopic() {
        String orderId = Orders.freshId();
        publish(new ImageBuildFailed(orderId, "unknown app 'solitaire'"));

        List<ConsumerRecord<String, String>> dead = deadLetters(orderId, 1, EventTraffic.WAIT);
        assertThat(dead).hasSize(1);
        assertThat(reasonOf(dead.get(0))).contains("order " + orderId + " is not known");
    }

    @Test
    void aFactoryEventForAnOrderNeverPlacedGoesToTheDeadLetterTopic() {
        String orderId = Orders.freshId();
        publish(new Packed(orderId, "356938035643812"));

        List<ConsumerRecord<String, String>> dead = deadLetters(orderId, 1, EventTraffic.WAIT);
        assertThat(dead).hasSize(1);
        assertThat(reasonOf(dead.get(0))).contains("is not known");
    }

    @Test
    void aShippedTheProcessIsNotWaitingForGoesToTheDeadLetterTopicAndLeavesNoTrace() {
        String orderId = Orders.freshId();
        publish(Orders.placed(orderId));
        command(orderId, BuildImage.class);
        command(orderId, ScheduleBuild.class);

        publish(new Shipped(orderId, "356938035643813", "DHL", "JJD0009999"));

        List<ConsumerRecord<String, String>> dead = deadLetters(orderId, 1, EventTraffic.WAIT);
        assertThat(dead).hasSize(1);
        assertThat(reasonOf(dead.get(0))).contains("not waiting for " + OrderProcess.SHIPPED);
        await().atMost(EventTraffic.WAIT).untilAsserted(() -> {
            var timeline = Orders.timeline(orderId);
            assertThat(timeline.getString("status")).isEqualTo("IN_PRODUCTION");
            assertThat(timeline.getList("entries.type", String.class)).doesNotContain("Shipped");
        });
    }

    @Test
    void aMessageThatIsNotAnEnvelopeGoesToTheDeadLetterTopic() {
        String key = Orders.freshId();
        publishJson(Topics.FACTORY_EVENTS, key, "{\"hello\": \"world\"}");

        List<ConsumerRecord<String, String>> dead = deadLetters(key, 1, EventTraffic.WAIT);
        assertThat(dead).hasSize(1);
        assertThat(reasonOf(dead.get(0))).contains("lacks type, id or payload");
    }

    private long processesOf(String orderId) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(OrderProcess.PROCESS_KEY)
                .processInstanceBusinessKey(orderId).count();
    }
}

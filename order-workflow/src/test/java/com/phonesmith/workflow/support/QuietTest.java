package com.phonesmith.workflow.support;

import static com.phonesmith.workflow.support.EventTraffic.command;
import static com.phonesmith.workflow.support.EventTraffic.commandsWhenQuiet;
import static com.phonesmith.workflow.support.EventTraffic.deadLettersWhenQuiet;
import static com.phonesmith.workflow.support.EventTraffic.publish;
import static com.phonesmith.workflow.support.EventTraffic.reasonOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.workflow.RealInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The tests show that nothing more happens with {@link Quiet}: it must not answer before what the service was just
 * sent has had its effect. Each case asks at once after publishing the message that causes the effect.
 */
@QuarkusTest
class QuietTest extends RealInfrastructure {

    @Test
    void aCommandCausedJustBeforeAskingIsSeen() {
        String orderId = Orders.freshId();
        publish(Orders.placed(orderId));
        command(orderId, ScheduleBuild.class);

        publish(Orders.imageReady(orderId));
        publish(new HandsetReserved(orderId, "356938035643937", "NVK-FJ-0137"));

        assertThat(commandsWhenQuiet(orderId, FlashHandset.class)).hasSize(1);
    }

    @Test
    void aDeadLetterCausedJustBeforeAskingIsSeen() {
        String orderId = Orders.freshId();

        publish(Orders.imageReady(orderId));

        assertThat(deadLettersWhenQuiet(orderId)).singleElement()
                .satisfies(dead -> assertThat(reasonOf(dead)).contains("order " + orderId + " is not known"));
    }
}

package com.phonesmith.workflow.messaging;

import com.phonesmith.contracts.events.BuildCancelled;
import com.phonesmith.contracts.events.Delivered;
import com.phonesmith.contracts.events.FactoryStepFailed;
import com.phonesmith.contracts.events.Flashed;
import com.phonesmith.contracts.events.FlashingStarted;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.ImageBuildFailed;
import com.phonesmith.contracts.events.ImageReady;
import com.phonesmith.contracts.events.OrderPlaced;
import com.phonesmith.contracts.events.Packed;
import com.phonesmith.contracts.events.PaymentCaptured;
import com.phonesmith.contracts.events.PaymentReleased;
import com.phonesmith.contracts.events.QaFailed;
import com.phonesmith.contracts.events.QaPassed;
import com.phonesmith.contracts.events.Shipped;
import com.phonesmith.platform.consumer.Consumers;
import com.phonesmith.platform.consumer.Subscription;
import com.phonesmith.workflow.process.ProcessBusyException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Handles one Kafka message with the platform's consumer (inbox, consumer "order-workflow", a transaction of its
 * own, the order id in the log context). When the message collides with a concurrent change of the same process
 * instance, the whole transaction is rolled back and tried again, a bounded number of times (counted in
 * {@code workflow.message.conflicts}), as are transient database failures; every other failure is thrown at once,
 * so the message goes to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class MessageIntake {
    public static final String CONSUMER = "order-workflow";

    private final Consumers consumers;
    private final WorkflowEvents events;
    private final Subscription subscription;

    public MessageIntake(Consumers consumers, WorkflowEvents events, WorkflowConfig config, MeterRegistry meters) {
        this.consumers = consumers;
        this.events = events;
        Counter conflicts = Counter.builder("workflow.message.conflicts")
                .description("messages rolled back and tried again after a concurrent change of their process")
                .register(meters);
        this.subscription = Subscription.of(CONSUMER, OrderPlaced.class, ImageReady.class, ImageBuildFailed.class,
                        HandsetReserved.class, Flashed.class, QaPassed.class, QaFailed.class, Packed.class,
                        FactoryStepFailed.class, Shipped.class, Delivered.class, FlashingStarted.class,
                        BuildCancelled.class, PaymentCaptured.class, PaymentReleased.class)
                .attempts(config.conflictAttempts())
                .retryingAlso(failure -> failure instanceof ProcessBusyException)
                .onRetry(failure -> conflicts.increment());
    }

    public void receive(String json) {
        consumers.consume(subscription, json, events::apply);
    }
}

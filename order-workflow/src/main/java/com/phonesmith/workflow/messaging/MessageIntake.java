package com.phonesmith.workflow.messaging;

import com.phonesmith.contracts.Event;
import com.phonesmith.platform.consumer.Consumers;
import com.phonesmith.platform.consumer.Subscription;
import com.phonesmith.workflow.order.OrderEvent;
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
        this.subscription = Subscription.of(CONSUMER, consumedTypes())
                .attempts(config.conflictAttempts())
                .retryingAlso(failure -> failure instanceof ProcessBusyException)
                .onRetry(failure -> conflicts.increment());
    }

    /** The types of the events order-workflow acts on: those {@link OrderEvent} gives a meaning. */
    @SuppressWarnings("unchecked")
    private static Class<? extends Event>[] consumedTypes() {
        return OrderEvent.consumedTypes().toArray(Class[]::new);
    }

    public void receive(String json) {
        consumers.consume(subscription, json, events::apply);
    }
}

package com.phonesmith.factory.workorder;

import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.platform.consumer.Consumers;
import com.phonesmith.platform.consumer.Subscription;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Commands of order-workflow on workflow.commands: ScheduleBuild and FlashHandset; the other commands on the topic
 * (BuildImage) are for other services and are passed over. Idempotent by message id (the platform's consumer:
 * inbox in the same transaction as the effect).
 */
@ApplicationScoped
public class WorkflowCommandConsumer {
    public static final String CONSUMER = "factory-adapter";
    private static final Subscription COMMANDS = Subscription.of(CONSUMER, ScheduleBuild.class, FlashHandset.class);

    private final Consumers consumers;
    private final WorkOrderService workOrders;

    public WorkflowCommandConsumer(Consumers consumers, WorkOrderService workOrders) {
        this.consumers = consumers;
        this.workOrders = workOrders;
    }

    @Incoming("workflow-commands")
    @Blocking
    public void onMessage(String json) {
        consumers.consume(COMMANDS, json, (envelope, event) -> {
            if (event instanceof ScheduleBuild command) {
                workOrders.scheduleBuild(command);
            } else if (event instanceof FlashHandset command) {
                workOrders.flashRequested(command);
            }
        });
    }
}

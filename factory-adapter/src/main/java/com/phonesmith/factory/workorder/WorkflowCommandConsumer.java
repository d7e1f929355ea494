package com.phonesmith.factory.workorder;

import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.MDC;

/**
 * Commands of order-workflow on workflow.commands: ScheduleBuild and FlashHandset; the other commands on the topic
 * (BuildImage) are for other services. Idempotent by message id (inbox, same transaction as the effect).
 */
@ApplicationScoped
public class WorkflowCommandConsumer {
    public static final String CONSUMER = "factory-adapter";

    private final Inbox inbox;
    private final WorkOrderService workOrders;

    public WorkflowCommandConsumer(Inbox inbox, WorkOrderService workOrders) {
        this.inbox = inbox;
        this.workOrders = workOrders;
    }

    @Incoming("workflow-commands")
    @Blocking
    @Transactional
    public void onMessage(String json) {
        try {
            inbox.handle(CONSUMER, json, (envelope, event) -> {
                MDC.put("orderId", envelope.orderId());
                if (event instanceof ScheduleBuild command) {
                    workOrders.scheduleBuild(command);
                } else if (event instanceof FlashHandset command) {
                    workOrders.flashRequested(command);
                }
            });
        } finally {
            MDC.remove("orderId");
        }
    }
}

package com.phonesmith.factory.workorder;

import com.phonesmith.contracts.events.CancelBuild;
import com.phonesmith.contracts.events.ExpediteBuild;
import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.contracts.events.SwapHandset;
import com.phonesmith.platform.consumer.Consumers;
import com.phonesmith.platform.consumer.Subscription;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Commands of order-workflow on workflow.commands: ScheduleBuild, FlashHandset, SwapHandset, CancelBuild and
 * ExpediteBuild; the other commands on the topic (BuildImage, the payment commands) are for other services and are
 * passed over. Idempotent by message id (the platform's consumer: inbox in the same transaction as the effect).
 */
@ApplicationScoped
public class WorkflowCommandConsumer {
    public static final String CONSUMER = "factory-adapter";
    private static final Subscription COMMANDS = Subscription.of(CONSUMER, ScheduleBuild.class, FlashHandset.class,
            SwapHandset.class, CancelBuild.class, ExpediteBuild.class);
    private static final Logger LOG = Logger.getLogger(WorkflowCommandConsumer.class);

    private final Consumers consumers;
    private final WorkOrderService workOrders;
    private final Reservations reservations;
    private final Cancellations cancellations;

    public WorkflowCommandConsumer(Consumers consumers, WorkOrderService workOrders, Reservations reservations,
            Cancellations cancellations) {
        this.consumers = consumers;
        this.workOrders = workOrders;
        this.reservations = reservations;
        this.cancellations = cancellations;
    }

    @Incoming("workflow-commands")
    @Blocking
    public void onMessage(String json) {
        consumers.consume(COMMANDS, json, (envelope, event) -> {
            if (event instanceof ScheduleBuild command) {
                workOrders.scheduleBuild(command);
            } else if (event instanceof FlashHandset command) {
                workOrders.flashRequested(command);
            } else if (event instanceof SwapHandset command) {
                reservations.swapHandset(command);
            } else if (event instanceof CancelBuild command) {
                cancellations.cancel(command);
            } else if (event instanceof ExpediteBuild command && workOrders.expedite(command.orderId(),
                    command.by() == null ? "support" : command.by()).isEmpty()) {
                LOG.warnf("ExpediteBuild for %s: no work order to expedite", command.orderId());
            }
        });
    }
}

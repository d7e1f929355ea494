package com.phonesmith.workflow.messaging;

import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.events.Delivered;
import com.phonesmith.contracts.events.FactoryStepFailed;
import com.phonesmith.contracts.events.Flashed;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.ImageBuildFailed;
import com.phonesmith.contracts.events.ImageReady;
import com.phonesmith.contracts.events.OrderPlaced;
import com.phonesmith.contracts.events.Packed;
import com.phonesmith.contracts.events.QaFailed;
import com.phonesmith.contracts.events.QaPassed;
import com.phonesmith.contracts.events.Shipped;
import com.phonesmith.workflow.order.MalformedOrderException;
import com.phonesmith.workflow.order.OrderService;
import com.phonesmith.workflow.order.WorkflowOrder;
import com.phonesmith.workflow.process.IncidentKind;
import com.phonesmith.workflow.process.OrderProcess;
import com.phonesmith.workflow.timeline.EntryType;
import com.phonesmith.workflow.timeline.TimelineDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * What each event means for an order: its own state and timeline first, then the process. Runs in the
 * transaction of the inbox row, so state, timeline, process and the commands it sends commit together.
 * Anything that does not fit (unknown order, a process not waiting for the event) throws, and the
 * message goes to the dead-letter topic.
 */
@ApplicationScoped
public class WorkflowEvents {
    private static final Logger LOG = Logger.getLogger(WorkflowEvents.class);

    private final OrderService orders;
    private final OrderProcess process;

    public WorkflowEvents(OrderService orders, OrderProcess process) {
        this.orders = orders;
        this.process = process;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(Envelope envelope, Event event) {
        if (!Objects.equals(envelope.orderId(), event.orderId())) {
            throw new MalformedOrderException(envelope.type() + " " + envelope.id() + " is addressed to order "
                    + envelope.orderId() + " but its payload names order " + event.orderId());
        }
        String orderId = event.orderId();
        Instant at = envelope.occurredAt();
        if (event instanceof OrderPlaced placed) {
            if (orders.place(placed, at) == OrderService.Placement.NEW) {
                process.start(orderId);
            } else {
                LOG.infof("OrderPlaced %s repeats order %s, which is already under way", envelope.id(), orderId);
            }
        } else if (event instanceof ImageReady ready) {
            if (repeats(orderId, OrderProcess.IMAGE_READY, order -> Objects.equals(order.imageDigest, ready.digest()))) {
                return;
            }
            orders.imageReady(ready, at);
            process.imageReady(orderId);
        } else if (event instanceof ImageBuildFailed buildFailed) {
            // the process keeps waiting for ImageReady (support's retry or a later build may still succeed)
            String reason = TimelineDetails.imageBuildFailed(buildFailed);
            orders.record(orderId, EntryType.IMAGE_BUILD_FAILED, reason, at);
            process.raise(orderId, OrderProcess.IMAGE_READY, IncidentKind.IMAGE_BUILD_FAILED, reason).ifPresent(
                    incident -> orders.record(orderId, EntryType.INCIDENT_RAISED, TimelineDetails.incidentRaised(reason),
                            at));
        } else if (event instanceof HandsetReserved reserved) {
            if (repeats(orderId, OrderProcess.HANDSET_RESERVED, order -> Objects.equals(order.imei, reserved.imei()))) {
                return;
            }
            orders.handsetReserved(reserved, at);
            process.handsetReserved(orderId);
        } else if (event instanceof Flashed flashed) {
            orders.record(orderId, EntryType.FLASHED, TimelineDetails.flashed(flashed), at);
        } else if (event instanceof QaPassed passed) {
            orders.record(orderId, EntryType.QA_PASSED, TimelineDetails.qaPassed(passed), at);
        } else if (event instanceof QaFailed failed) {
            orders.record(orderId, EntryType.QA_FAILED, TimelineDetails.qaFailed(failed), at);
        } else if (event instanceof Packed packed) {
            orders.record(orderId, EntryType.PACKED, TimelineDetails.packed(packed), at);
        } else if (event instanceof FactoryStepFailed stepFailed) {
            orders.record(orderId, EntryType.FACTORY_STEP_FAILED, TimelineDetails.factoryStepFailed(stepFailed), at);
        } else if (event instanceof Shipped shipped) {
            orders.record(orderId, EntryType.SHIPPED, TimelineDetails.shipped(shipped), at);
            process.shipped(orderId);
        } else if (event instanceof Delivered delivered) {
            orders.record(orderId, EntryType.DELIVERED, TimelineDetails.delivered(delivered), at);
            process.delivered(orderId);
        } else {
            LOG.debugf("ignoring %s %s: not an event order-workflow acts on", envelope.type(), envelope.id());
        }
    }

    /**
     * Whether a reply repeats one already acted on: the process has gone past its wait and the order holds the same
     * answer. A command sent again after a wait ran over (or by support) is answered again; that answer is no news.
     */
    private boolean repeats(String orderId, String reply, Predicate<WorkflowOrder> sameAnswer) {
        WorkflowOrder order = orders.get(orderId);
        if (!process.isWaitingFor(orderId, reply) && sameAnswer.test(order)) {
            LOG.infof("%s for order %s repeats the one already acted on; nothing to do", reply, orderId);
            return true;
        }
        return false;
    }
}

package com.phonesmith.workflow.messaging;

import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.events.BuildCancelled;
import com.phonesmith.contracts.events.FactoryStepFailed;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.ImageBuildFailed;
import com.phonesmith.contracts.events.ImageReady;
import com.phonesmith.contracts.events.OrderPlaced;
import com.phonesmith.contracts.events.PaymentReleased;
import com.phonesmith.contracts.events.QaFailed;
import com.phonesmith.workflow.order.MalformedOrderException;
import com.phonesmith.workflow.order.OrderEvent;
import com.phonesmith.workflow.order.OrderService;
import com.phonesmith.workflow.order.OrderStatus;
import com.phonesmith.workflow.order.WorkflowOrder;
import com.phonesmith.workflow.process.IncidentKind;
import com.phonesmith.workflow.process.OrderProcess;
import com.phonesmith.workflow.process.Wait;
import com.phonesmith.workflow.timeline.EntryType;
import com.phonesmith.workflow.timeline.TimelineDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * What each event does to an order: its own state and timeline first, then the process. What an event means (its
 * timeline entry, status, BPMN message) is its row in {@link OrderEvent}; the rules of a few events are here. Runs
 * in the transaction of the inbox row, so state, timeline, process and the commands it sends commit together.
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
        Optional<OrderEvent> meaning = OrderEvent.of(event);
        if (meaning.isEmpty()) {
            LOG.debugf("ignoring %s %s: not an event order-workflow acts on", envelope.type(), envelope.id());
            return;
        }
        String orderId = event.orderId();
        Instant at = envelope.occurredAt();
        if (event instanceof OrderPlaced placed) {
            if (orders.place(placed, at) == OrderService.Placement.NEW) {
                process.start(orderId);
            } else {
                LOG.infof("OrderPlaced %s repeats order %s, which is already under way", envelope.id(), orderId);
            }
        } else if (!afterCancellation(orderId, meaning.get(), event, at)) {
            handle(orderId, meaning.get(), event, at);
        }
    }

    /**
     * The rules some events have of their own; every other event is recorded and correlated as its row says. The
     * order's row is locked already ({@link #afterCancellation} read it), so where its process waits cannot change
     * between asking and correlating.
     */
    private void handle(String orderId, OrderEvent meaning, Event event, Instant at) {
        if (event instanceof ImageReady ready) {
            String message = messageOf(meaning);
            Optional<Wait> wait = process.waitFor(orderId, message);
            if (repeats(orderId, message, wait, order -> Objects.equals(order.imageDigest, ready.digest()))) {
                return;
            }
            orders.imageReady(ready, at);
            if (wait.isPresent()) {
                process.correlate(wait.get());
            } else {
                process.correlate(orderId, message); // not waiting, with another image: ProcessNotWaitingException
            }
        } else if (event instanceof ImageBuildFailed) {
            // the process keeps waiting for ImageReady (support's retry or a later build may still succeed)
            String reason = meaning.detail(event);
            orders.record(orderId, meaning, reason, at);
            raise(orderId, OrderProcess.IMAGE_READY, IncidentKind.IMAGE_BUILD_FAILED, reason, at);
        } else if (event instanceof HandsetReserved reserved) {
            String message = messageOf(meaning);
            Optional<Wait> wait = process.waitFor(orderId, message);
            if (repeats(orderId, message, wait, order -> Objects.equals(order.imei, reserved.imei()))) {
                return;
            }
            orders.handsetReserved(reserved, at);
            if (wait.isPresent()) {
                process.correlate(wait.get());
            } else {
                LOG.infof("handset %s replaces the handset of order %s (QA rework)", reserved.imei(), orderId);
            }
        } else if (event instanceof QaFailed failed) {
            int failures = orders.qaFailed(orderId, meaning.detail(event), at);
            String reason = TimelineDetails.reworkExhausted(failures, failed.reason());
            process.qaFailed(orderId, reason).ifPresent(incident ->
                    orders.record(orderId, EntryType.INCIDENT_RAISED, TimelineDetails.incidentRaised(reason), at));
        } else if (event instanceof FactoryStepFailed) {
            String reason = meaning.detail(event);
            orders.record(orderId, meaning, reason, at);
            // the factory gave up on flashing; a missing handset is the HandsetReserved wait's bound's business
            raise(orderId, OrderProcess.SHIPPED, IncidentKind.FACTORY_STEP_FAILED, reason, at);
        } else if (isCancellationAnswer(event)) {
            orders.record(orderId, meaning, meaning.detail(event), at);
            correlateIfWaiting(orderId, messageOf(meaning));
        } else {
            orders.record(orderId, meaning, meaning.detail(event), at);
            meaning.message().ifPresent(message -> process.correlate(orderId, message));
        }
    }

    /** The answers to the commands of a cancellation's compensation. */
    private static boolean isCancellationAnswer(Event event) {
        return event instanceof BuildCancelled || event instanceof PaymentReleased;
    }

    /**
     * What the factory, the image builder or the payment provider report about an order cancelled meanwhile is
     * recorded on its timeline (support must see a parcel that left anyway) but moves neither it nor its process.
     */
    private boolean afterCancellation(String orderId, OrderEvent meaning, Event event, Instant at) {
        if (isCancellationAnswer(event) || orders.get(orderId).status != OrderStatus.CANCELLED) {
            return false;
        }
        orders.record(orderId, meaning, meaning.detail(event) + " (after the order was cancelled)", at);
        return true;
    }

    private void raise(String orderId, String waitingFor, IncidentKind kind, String reason, Instant at) {
        process.raise(orderId, waitingFor, kind, reason).ifPresent(incident ->
                orders.record(orderId, EntryType.INCIDENT_RAISED, TimelineDetails.incidentRaised(reason), at));
    }

    /** A compensation's answer correlates once; the answer to a command sent again is no news. */
    private void correlateIfWaiting(String orderId, String reply) {
        Optional<Wait> wait = process.waitFor(orderId, reply);
        if (wait.isPresent()) {
            process.correlate(wait.get());
        } else {
            LOG.infof("%s for order %s repeats the one already acted on; recorded only", reply, orderId);
        }
    }

    private static String messageOf(OrderEvent meaning) {
        return meaning.message().orElseThrow(() -> new IllegalStateException(meaning + " names no BPMN message"));
    }

    /**
     * Whether a reply repeats one already acted on: the process has gone past its wait and the order holds the same
     * answer. A command sent again after a wait ran over (or by support) is answered again; that answer is no news.
     */
    private boolean repeats(String orderId, String reply, Optional<Wait> wait, Predicate<WorkflowOrder> sameAnswer) {
        WorkflowOrder order = orders.get(orderId);
        if (wait.isEmpty() && sameAnswer.test(order)) {
            LOG.infof("%s for order %s repeats the one already acted on; nothing to do", reply, orderId);
            return true;
        }
        return false;
    }
}

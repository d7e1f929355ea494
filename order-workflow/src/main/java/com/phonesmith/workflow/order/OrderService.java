package com.phonesmith.workflow.order;

import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.ImageReady;
import com.phonesmith.contracts.events.OrderPlaced;
import com.phonesmith.workflow.timeline.EntryKind;
import com.phonesmith.workflow.timeline.EntryType;
import com.phonesmith.workflow.timeline.TimelineDetails;
import com.phonesmith.workflow.timeline.TimelineService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The orders order-workflow tracks: created from OrderPlaced, updated by every later step. */
@ApplicationScoped
public class OrderService {
    /** What {@link #place} did with an OrderPlaced. */
    public enum Placement {
        /** The order is new: it was stored and its process must start. */
        NEW,
        /** The same order was placed before (a republished message): nothing changed. */
        REPEATED
    }

    /** Steps that prove a station began flashing the order's image. */
    private final TimelineService timeline;
    private final Clock clock;

    public OrderService(TimelineService timeline, Clock clock) {
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * Stores a newly placed order with its first timeline entry. A repeat of an order already stored with
     * the same configuration changes nothing; one with a different configuration is refused.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Placement place(OrderPlaced event, Instant occurredAt) {
        requireStorable(event);
        WorkflowOrder existing = WorkflowOrder.findById(event.orderId());
        if (existing != null) {
            String difference = differenceBetween(existing, event);
            if (difference != null) {
                throw new ConflictingOrderException(event.orderId(), difference);
            }
            return Placement.REPEATED;
        }
        WorkflowOrder order = new WorkflowOrder();
        order.orderId = event.orderId();
        order.maker = event.maker();
        order.model = event.model();
        order.colour = event.colour();
        order.storageGb = event.storageGb();
        order.features = listOf(event.features());
        order.apps = listOf(event.apps());
        order.placedAt = event.placedAt();
        order.customerId = event.customerId();
        order.trackingTokenHash = event.trackingTokenHash();
        order.promisedShipDate = event.promisedShipDate();
        order.promisedDeliveryDate = event.promisedDeliveryDate();
        order.updatedAt = clock.instant();
        order.status = OrderStatus.PLACED;
        order.persistAndFlush();
        record(order, OrderEvent.ORDER_PLACED, OrderEvent.ORDER_PLACED.detail(event), occurredAt);
        return Placement.NEW;
    }

    public Optional<WorkflowOrder> find(String orderId) {
        return Optional.ofNullable(WorkflowOrder.findById(orderId));
    }

    /**
     * The order, locked until the transaction ends, or {@link UnknownOrderException} when no OrderPlaced was
     * received for it. Every change of an order goes through here, so two events of one order are handled one
     * after the other: an event that arrives while another is being handled waits, then reads what the other
     * committed. Without the lock, HandsetReserved could read the order before a concurrent ImageReady committed,
     * then see that ImageReady's token at the process's join, send FlashHandset from its stale copy (no image)
     * and, had it committed, write the stale image fields back over the stored ones.
     */
    public WorkflowOrder get(String orderId) {
        WorkflowOrder order = WorkflowOrder.findById(orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new UnknownOrderException(orderId);
        }
        return order;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void imageReady(ImageReady event, Instant occurredAt) {
        if (isBlank(event.url()) || isBlank(event.digest())) {
            throw new MalformedOrderException("ImageReady for order " + event.orderId() + " lacks url or digest");
        }
        WorkflowOrder order = get(event.orderId());
        order.imageUrl = event.url();
        order.imageDigest = event.digest();
        order.imageFingerprint = event.fingerprint();
        record(order, OrderEvent.IMAGE_READY, OrderEvent.IMAGE_READY.detail(event), occurredAt);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void handsetReserved(HandsetReserved event, Instant occurredAt) {
        WorkflowOrder order = get(event.orderId());
        order.imei = event.imei();
        record(order, OrderEvent.HANDSET_RESERVED, OrderEvent.HANDSET_RESERVED.detail(event), occurredAt);
    }

    /** Counts a failed QA check of the order's handset and records it; returns the count so far. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int qaFailed(String orderId, String detail, Instant occurredAt) {
        WorkflowOrder order = get(orderId);
        order.qaFailures++;
        record(order, OrderEvent.QA_FAILED, detail, occurredAt);
        return order.qaFailures;
    }

    /** Marks the order cancelled (the caller has checked that it may be) and records who did it and why. */
    @Transactional(Transactional.TxType.MANDATORY)
    public WorkflowOrder cancel(WorkflowOrder order, String by, String reason) {
        order.cancelledAt = clock.instant();
        order.cancelledBy = by;
        order.cancelReason = reason;
        record(order, EntryType.CANCELLED, TimelineDetails.cancelled(by, reason), order.cancelledAt);
        return order;
    }

    /** Records a step of a known order on its timeline and moves its status accordingly. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String orderId, EntryKind type, String detail, Instant occurredAt) {
        record(get(orderId), type, detail, occurredAt);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(WorkflowOrder order, EntryKind type, String detail, Instant occurredAt) {
        // before the entry is appended: the rules read the steps recorded earlier, and only for the few steps whose
        // meaning depends on them, so most steps cost no query of the timeline
        OrderStatus next = StatusRules.after(order.status, type,
                () -> EntryKinds.ofWireNames(timeline.typesOf(order.orderId)));
        Instant at = occurredAt == null ? clock.instant() : occurredAt;
        timeline.append(order.orderId, type, detail, at);
        if (order.flashingStartedAt == null && type instanceof OrderEvent event && event.provesFlashingBegan()) {
            order.flashingStartedAt = at; // FlashingStarted was lost or is still on its way
        }
        if (next != order.status) {
            order.status = next;
        }
        order.updatedAt = clock.instant();
    }

    /** What differs between a stored order and an OrderPlaced for the same id; null when nothing does. */
    static String differenceBetween(WorkflowOrder order, OrderPlaced event) {
        List<String> differences = new ArrayList<>();
        compare(differences, "maker", order.maker, event.maker());
        compare(differences, "model", order.model, event.model());
        compare(differences, "colour", order.colour, event.colour());
        compare(differences, "storageGb", order.storageGb, event.storageGb());
        compare(differences, "features", listOf(order.features), listOf(event.features()));
        compare(differences, "apps", listOf(order.apps), listOf(event.apps()));
        if (!sameMicrosecond(order.placedAt, event.placedAt())) {
            differences.add("placedAt was " + order.placedAt + ", now " + event.placedAt());
        }
        return differences.isEmpty() ? null : String.join("; ", differences);
    }

    private static void compare(List<String> differences, String field, Object stored, Object received) {
        if (!Objects.equals(stored, received)) {
            differences.add(field + " was " + stored + ", now " + received);
        }
    }

    /** PostgreSQL keeps microseconds and rounds the rest, so a stored time may be up to 1 µs off. */
    private static boolean sameMicrosecond(Instant stored, Instant received) {
        if (stored == null || received == null) {
            return stored == received;
        }
        return Math.abs(Duration.between(stored, received).toNanos()) < 1_000;
    }

    private static void requireStorable(OrderPlaced event) {
        String problem = OrderId.problemWith(event.orderId());
        if (problem != null) {
            throw new MalformedOrderException("OrderPlaced order id '" + event.orderId() + "' " + problem);
        }
        List<String> missing = new ArrayList<>();
        if (isBlank(event.maker())) {
            missing.add("maker");
        }
        if (isBlank(event.model())) {
            missing.add("model");
        }
        if (isBlank(event.colour())) {
            missing.add("colour");
        }
        if (event.storageGb() <= 0) {
            missing.add("storageGb");
        }
        if (event.placedAt() == null) {
            missing.add("placedAt");
        }
        if (!missing.isEmpty()) {
            throw new MalformedOrderException("OrderPlaced for order " + event.orderId() + " lacks " + missing);
        }
    }

    private static List<String> listOf(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

package com.phonesmith.workflow.order;

import com.phonesmith.contracts.Event;
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
import com.phonesmith.workflow.timeline.EntryKind;
import com.phonesmith.workflow.timeline.TimelineDetails;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What each event order-workflow hears means for an order, one row per event: the contracts type (the consumers
 * take exactly these), the timeline entry it makes (wire name; an event's entry is shown to everyone who may follow
 * the order), how that entry reads, the status it implies on its own (none: the status stays; the few transitions
 * that depend on where the order stands are {@link StatusRules}), the message of the BPMN it is correlated to
 * (none: the process does not wait for it), and whether it proves that flashing has begun.
 *
 * <p>A plain event (recorded, perhaps moving the status, perhaps correlated) needs nothing but its row here, and the
 * BPMN's wait when the process must wait for it. Events with rules of their own (OrderPlaced starts the process,
 * replies that may repeat, failures raised to support, QA rework, the answers to a cancellation) are handled in
 * {@code messaging/WorkflowEvents}, with the entry, detail, status and message of their row.
 */
public enum OrderEvent implements EntryKind {
    // event type, timeline entry (wire name), its detail, the status it implies, the BPMN message it is correlated to,
    // whether it proves that flashing has begun
    ORDER_PLACED(OrderPlaced.class, "OrderPlaced", TimelineDetails::orderPlaced, OrderStatus.PLACED, null, false),
    IMAGE_READY(ImageReady.class, "ImageReady", TimelineDetails::imageReady, null, "ImageReady", false),
    IMAGE_BUILD_FAILED(ImageBuildFailed.class, "ImageBuildFailed", TimelineDetails::imageBuildFailed,
            OrderStatus.IMAGE_FAILED, null, false),
    HANDSET_RESERVED(HandsetReserved.class, "HandsetReserved", TimelineDetails::handsetReserved, null,
            "HandsetReserved", false),
    FLASHING_STARTED(FlashingStarted.class, "FlashingStarted", TimelineDetails::flashingStarted, null, null, true),
    FLASHED(Flashed.class, "Flashed", TimelineDetails::flashed, OrderStatus.FLASHED, null, true),
    QA_PASSED(QaPassed.class, "QaPassed", TimelineDetails::qaPassed, OrderStatus.QA_PASSED, null, true),
    QA_FAILED(QaFailed.class, "QaFailed", TimelineDetails::qaFailed, OrderStatus.QA_FAILED, "QaFailed", true),
    PACKED(Packed.class, "Packed", TimelineDetails::packed, OrderStatus.PACKED, null, true),
    SHIPPED(Shipped.class, "Shipped", TimelineDetails::shipped, OrderStatus.SHIPPED, "Shipped", true),
    DELIVERED(Delivered.class, "Delivered", TimelineDetails::delivered, OrderStatus.DELIVERED, "Delivered", true),
    FACTORY_STEP_FAILED(FactoryStepFailed.class, "FactoryStepFailed", TimelineDetails::factoryStepFailed,
            OrderStatus.FACTORY_PROBLEM, null, false),
    PAYMENT_CAPTURED(PaymentCaptured.class, "PaymentCaptured", TimelineDetails::paymentCaptured, null, null, false),
    BUILD_CANCELLED(BuildCancelled.class, "BuildCancelled", TimelineDetails::buildCancelled, null,
            "BuildCancelled", false),
    PAYMENT_RELEASED(PaymentReleased.class, "PaymentReleased", TimelineDetails::paymentReleased, null,
            "PaymentReleased", false);

    private static final Map<Class<? extends Event>, OrderEvent> BY_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(OrderEvent::type, meaning -> meaning));

    private final Class<? extends Event> type;
    private final String wireName;
    private final Function<Event, String> detail;
    private final OrderStatus status;
    private final String message;
    private final boolean provesFlashingBegan;

    <E extends Event> OrderEvent(Class<E> type, String wireName, Function<? super E, String> detail,
            OrderStatus status, String message, boolean provesFlashingBegan) {
        this.type = type;
        this.wireName = wireName;
        this.detail = event -> detail.apply(type.cast(event));
        this.status = status;
        this.message = message;
        this.provesFlashingBegan = provesFlashingBegan;
    }

    /** The meaning of this event, or empty when order-workflow does not act on events of its type. */
    public static Optional<OrderEvent> of(Event event) {
        return Optional.ofNullable(BY_TYPE.get(event.getClass()));
    }

    /** The event types order-workflow consumes. */
    public static List<Class<? extends Event>> consumedTypes() {
        return Arrays.stream(values()).<Class<? extends Event>>map(OrderEvent::type).toList();
    }

    public Class<? extends Event> type() {
        return type;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    @Override
    public boolean internal() {
        return false;
    }

    /** The sentence of this event's timeline entry; {@code event} is of this row's {@link #type()}. */
    public String detail(Event event) {
        return detail.apply(event);
    }

    /** The status this event stands for on its own; empty when it leaves the status as it is. */
    public Optional<OrderStatus> status() {
        return Optional.ofNullable(status);
    }

    /** The BPMN message this event is correlated to; empty when the process does not wait for it. */
    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    /** Whether this event shows that flashing has begun (so the shopper can no longer cancel). */
    public boolean provesFlashingBegan() {
        return provesFlashingBegan;
    }
}

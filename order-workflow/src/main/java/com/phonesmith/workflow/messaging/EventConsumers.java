package com.phonesmith.workflow.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The topics order-workflow reads (group "order-workflow"). Messages of one topic are handled one at a
 * time in order; each in its own transaction (see {@link MessageIntake}), which is why these methods are
 * not {@code @Transactional} themselves. A failure sends the message to the dead-letter topic.
 */
@ApplicationScoped
public class EventConsumers {
    private final MessageIntake intake;

    public EventConsumers(MessageIntake intake) {
        this.intake = intake;
    }

    /** OrderPlaced, PaymentCaptured, PaymentReleased (the types taken are those of {@code order/OrderEvent}). */
    @Incoming("orders-events")
    @Blocking
    public void onOrderEvent(String json) {
        intake.receive(json);
    }

    /** ImageReady, ImageBuildFailed. */
    @Incoming("images-events")
    @Blocking
    public void onImageEvent(String json) {
        intake.receive(json);
    }

    /**
     * HandsetReserved, FlashingStarted, Flashed, QaPassed, QaFailed, Packed, Shipped, Delivered, FactoryStepFailed,
     * BuildCancelled.
     */
    @Incoming("factory-events")
    @Blocking
    public void onFactoryEvent(String json) {
        intake.receive(json);
    }
}

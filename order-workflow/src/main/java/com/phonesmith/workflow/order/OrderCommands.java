package com.phonesmith.workflow.order;

import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.events.BuildImage;
import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.platform.outbox.Outbox;
import com.phonesmith.workflow.timeline.EntryType;
import com.phonesmith.workflow.timeline.TimelineDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The commands order-workflow sends for an order, built from the order's own row. Each goes through the
 * outbox in the caller's transaction (the process engine's), so it is sent if and only if the process
 * step commits, and it is recorded on the timeline.
 */
@ApplicationScoped
public class OrderCommands {
    private final Outbox outbox;
    private final OrderService orders;

    public OrderCommands(Outbox outbox, OrderService orders) {
        this.outbox = outbox;
        this.orders = orders;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public BuildImage requestImageBuild(String orderId) {
        WorkflowOrder order = orders.get(orderId);
        BuildImage command = new BuildImage(order.orderId, order.model, List.copyOf(order.features),
                List.copyOf(order.apps));
        Envelope sent = outbox.publish(command);
        orders.record(order, EntryType.BUILD_IMAGE_SENT, TimelineDetails.buildImageSent(command), sent.occurredAt());
        return command;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ScheduleBuild scheduleFactoryBuild(String orderId) {
        WorkflowOrder order = orders.get(orderId);
        ScheduleBuild command = new ScheduleBuild(order.orderId, order.model, order.colour, order.storageGb,
                order.maker);
        Envelope sent = outbox.publish(command);
        orders.record(order, EntryType.SCHEDULE_BUILD_SENT, TimelineDetails.scheduleBuildSent(command),
                sent.occurredAt());
        return command;
    }

    /**
     * Sends again the command whose reply the order waits for, where that is safe: BuildImage and ScheduleBuild are
     * idempotent per order at their services. FlashHandset is not sent again (a handset may be half way through).
     *
     * @return the name of the command sent, or empty when none was
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> sendAgainFor(String orderId, String waitingFor) {
        return switch (waitingFor) {
            case "ImageReady" -> Optional.of(requestImageBuild(orderId).getClass().getSimpleName());
            case "HandsetReserved" -> Optional.of(scheduleFactoryBuild(orderId).getClass().getSimpleName());
            default -> Optional.empty();
        };
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public FlashHandset flashHandset(String orderId) {
        WorkflowOrder order = orders.get(orderId);
        if (order.imageUrl == null || order.imageDigest == null) {
            throw new IllegalStateException("order " + orderId + " has no image to flash (ImageReady not stored)");
        }
        FlashHandset command = new FlashHandset(order.orderId, order.imageUrl, order.imageDigest,
                order.imageFingerprint);
        Envelope sent = outbox.publish(command);
        orders.record(order, EntryType.FLASH_HANDSET_SENT, TimelineDetails.flashHandsetSent(command, order.imei),
                sent.occurredAt());
        return command;
    }
}

package com.phonesmith.workflow.order;

import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.events.BuildImage;
import com.phonesmith.contracts.events.CancelBuild;
import com.phonesmith.contracts.events.CapturePayment;
import com.phonesmith.contracts.events.ExpediteBuild;
import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.ReleasePayment;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.contracts.events.SwapHandset;
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
        return send(order, command, EntryType.BUILD_IMAGE_SENT, TimelineDetails.buildImageSent(command));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ScheduleBuild scheduleFactoryBuild(String orderId) {
        WorkflowOrder order = orders.get(orderId);
        ScheduleBuild command = new ScheduleBuild(order.orderId, order.model, order.colour, order.storageGb,
                order.maker, List.copyOf(order.features), List.copyOf(order.apps));
        return send(order, command, EntryType.SCHEDULE_BUILD_SENT, TimelineDetails.scheduleBuildSent(command));
    }

    /**
     * Sends again the command whose reply the order waits for, where that is safe: BuildImage and ScheduleBuild are
     * idempotent per order at their services, and so are the compensations CancelBuild and ReleasePayment. FlashHandset
     * is not sent again (a handset may be half way through).
     *
     * @return the name of the command sent, or empty when none was
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> sendAgainFor(String orderId, String waitingFor) {
        return switch (waitingFor) {
            case "ImageReady" -> Optional.of(requestImageBuild(orderId).getClass().getSimpleName());
            case "HandsetReserved" -> Optional.of(scheduleFactoryBuild(orderId).getClass().getSimpleName());
            case "BuildCancelled" -> Optional.of(cancelBuild(orderId).getClass().getSimpleName());
            case "PaymentReleased" -> Optional.of(releasePayment(orderId).getClass().getSimpleName());
            default -> Optional.empty();
        };
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public FlashHandset flashHandset(String orderId) {
        WorkflowOrder order = orders.get(orderId);
        FlashHandset command = flashCommandOf(order);
        return send(order, command, EntryType.FLASH_HANDSET_SENT,
                TimelineDetails.flashHandsetSent(command, order.imei));
    }

    /** QA rework: the same image onto the same handset once more. */
    @Transactional(Transactional.TxType.MANDATORY)
    public FlashHandset reflash(String orderId) {
        WorkflowOrder order = orders.get(orderId);
        FlashHandset command = flashCommandOf(order);
        return send(order, command, EntryType.FLASH_HANDSET_SENT,
                TimelineDetails.reflashSent(command, order.imei, order.qaFailures));
    }

    /** QA rework: the handset is set aside and the factory flashes the order's image onto another one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SwapHandset swapHandset(String orderId) {
        WorkflowOrder order = orders.get(orderId);
        SwapHandset command = new SwapHandset(order.orderId, order.imei, "failed QA " + order.qaFailures + " times");
        return send(order, command, EntryType.SWAP_HANDSET_SENT,
                TimelineDetails.swapHandsetSent(command, order.qaFailures));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CapturePayment capturePayment(String orderId) {
        WorkflowOrder order = orders.get(orderId);
        CapturePayment command = new CapturePayment(order.orderId);
        return send(order, command, EntryType.CAPTURE_PAYMENT_SENT, TimelineDetails.capturePaymentSent());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CancelBuild cancelBuild(String orderId) {
        WorkflowOrder order = orders.get(orderId);
        CancelBuild command = new CancelBuild(order.orderId, order.cancelReason);
        return send(order, command, EntryType.CANCEL_BUILD_SENT, TimelineDetails.cancelBuildSent());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ReleasePayment releasePayment(String orderId) {
        WorkflowOrder order = orders.get(orderId);
        ReleasePayment command = new ReleasePayment(order.orderId, order.cancelReason);
        return send(order, command, EntryType.RELEASE_PAYMENT_SENT, TimelineDetails.releasePaymentSent());
    }

    /** Support expedites the order: the factory puts it ahead of every order not expedited. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ExpediteBuild expedite(WorkflowOrder order, String by) {
        ExpediteBuild command = new ExpediteBuild(order.orderId, by);
        return send(order, command, EntryType.EXPEDITED, TimelineDetails.expedited(by));
    }

    /** Sends the command through the outbox (in the caller's transaction) and records it on the order's timeline. */
    private <T extends Event> T send(WorkflowOrder order, T command, EntryType type, String detail) {
        Envelope sent = outbox.publish(command);
        orders.record(order, type, detail, sent.occurredAt());
        return command;
    }

    private static FlashHandset flashCommandOf(WorkflowOrder order) {
        if (order.imageUrl == null || order.imageDigest == null) {
            throw new IllegalStateException("order " + order.orderId + " has no image to flash (ImageReady not stored)");
        }
        return new FlashHandset(order.orderId, order.imageUrl, order.imageDigest, order.imageFingerprint);
    }
}

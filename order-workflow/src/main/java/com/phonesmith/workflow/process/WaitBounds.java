package com.phonesmith.workflow.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;

/** The bounds of the BPMN's waits, read by its timer expressions ({@code ${waitBounds.imageReady}}). */
@ApplicationScoped
@Named("waitBounds")
public class WaitBounds {
    private final String imageReady;
    private final String handsetReserved;
    private final String shipped;
    private final String delivered;
    private final String buildCancelled;
    private final String paymentReleased;

    public WaitBounds(WaitsConfig config) {
        this.imageReady = checked("image-ready", config.imageReady());
        this.handsetReserved = checked("handset-reserved", config.handsetReserved());
        this.shipped = checked("shipped", config.shipped());
        this.delivered = checked("delivered", config.delivered());
        this.buildCancelled = checked("build-cancelled", config.buildCancelled());
        this.paymentReleased = checked("payment-released", config.paymentReleased());
    }

    public String getImageReady() {
        return imageReady;
    }

    public String getHandsetReserved() {
        return handsetReserved;
    }

    public String getShipped() {
        return shipped;
    }

    public String getDelivered() {
        return delivered;
    }

    public String getBuildCancelled() {
        return buildCancelled;
    }

    public String getPaymentReleased() {
        return paymentReleased;
    }

    /** The bound of the wait for this reply (a receive task's id). */
    public String of(String waitingFor) {
        return switch (waitingFor) {
            case OrderProcess.IMAGE_READY -> imageReady;
            case OrderProcess.HANDSET_RESERVED -> handsetReserved;
            case OrderProcess.SHIPPED -> shipped;
            case OrderProcess.DELIVERED -> delivered;
            case OrderProcess.BUILD_CANCELLED -> buildCancelled;
            case OrderProcess.PAYMENT_RELEASED -> paymentReleased;
            default -> throw new IllegalArgumentException("no wait for " + waitingFor + " in the process");
        };
    }

    /** A bound that is not an ISO-8601 duration stops the start naming the setting, not the first timer. */
    private static String checked(String name, String value) {
        try {
            if (Duration.parse(value).isNegative()) {
                throw new IllegalArgumentException("negative");
            }
            return value;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("phonesmith.workflow.waits." + name + " must be an ISO-8601 duration"
                    + " such as PT6H, not '" + value + "'", e);
        }
    }
}

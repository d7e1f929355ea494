package com.phonesmith.workflow.timeline;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.events.BuildCancelled;
import com.phonesmith.contracts.events.Delivered;
import com.phonesmith.contracts.events.FactoryStepFailed;
import com.phonesmith.contracts.events.Flashed;
import com.phonesmith.contracts.events.FlashingStarted;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.ImageBuildFailed;
import com.phonesmith.contracts.events.ImageReady;
import com.phonesmith.contracts.events.Packed;
import com.phonesmith.contracts.events.PaymentCaptured;
import com.phonesmith.contracts.events.PaymentReleased;
import com.phonesmith.contracts.events.QaFailed;
import com.phonesmith.contracts.events.QaPassed;
import com.phonesmith.contracts.events.Shipped;
import java.util.Optional;

/** The timeline entry each event of another service stands for: its type and its sentence. */
public final class TimelineSteps {
    private TimelineSteps() {
    }

    public record Step(EntryType type, String detail) {
    }

    public static Optional<Step> of(Event event) {
        Step step;
        if (event instanceof ImageReady e) {
            step = new Step(EntryType.IMAGE_READY, TimelineDetails.imageReady(e));
        } else if (event instanceof ImageBuildFailed e) {
            step = new Step(EntryType.IMAGE_BUILD_FAILED, TimelineDetails.imageBuildFailed(e));
        } else if (event instanceof HandsetReserved e) {
            step = new Step(EntryType.HANDSET_RESERVED, TimelineDetails.handsetReserved(e));
        } else if (event instanceof FlashingStarted e) {
            step = new Step(EntryType.FLASHING_STARTED, TimelineDetails.flashingStarted(e));
        } else if (event instanceof Flashed e) {
            step = new Step(EntryType.FLASHED, TimelineDetails.flashed(e));
        } else if (event instanceof QaPassed e) {
            step = new Step(EntryType.QA_PASSED, TimelineDetails.qaPassed(e));
        } else if (event instanceof QaFailed e) {
            step = new Step(EntryType.QA_FAILED, TimelineDetails.qaFailed(e));
        } else if (event instanceof Packed e) {
            step = new Step(EntryType.PACKED, TimelineDetails.packed(e));
        } else if (event instanceof Shipped e) {
            step = new Step(EntryType.SHIPPED, TimelineDetails.shipped(e));
        } else if (event instanceof Delivered e) {
            step = new Step(EntryType.DELIVERED, TimelineDetails.delivered(e));
        } else if (event instanceof FactoryStepFailed e) {
            step = new Step(EntryType.FACTORY_STEP_FAILED, TimelineDetails.factoryStepFailed(e));
        } else if (event instanceof PaymentCaptured e) {
            step = new Step(EntryType.PAYMENT_CAPTURED, TimelineDetails.paymentCaptured(e));
        } else if (event instanceof BuildCancelled e) {
            step = new Step(EntryType.BUILD_CANCELLED, TimelineDetails.buildCancelled(e));
        } else if (event instanceof PaymentReleased e) {
            step = new Step(EntryType.PAYMENT_RELEASED, TimelineDetails.paymentReleased(e));
        } else {
            step = null;
        }
        return Optional.ofNullable(step);
    }
}

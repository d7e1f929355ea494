package com.phonesmith.contracts;

import com.phonesmith.contracts.events.BuildCancelled;
import com.phonesmith.contracts.events.BuildImage;
import com.phonesmith.contracts.events.CancelBuild;
import com.phonesmith.contracts.events.CapturePayment;
import com.phonesmith.contracts.events.Delivered;
import com.phonesmith.contracts.events.DeviceActivated;
import com.phonesmith.contracts.events.DeviceProvisioned;
import com.phonesmith.contracts.events.ExpediteBuild;
import com.phonesmith.contracts.events.FactoryStepFailed;
import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.Flashed;
import com.phonesmith.contracts.events.FlashingStarted;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.ImageBuildFailed;
import com.phonesmith.contracts.events.ImageBuildProgress;
import com.phonesmith.contracts.events.ImageBuildStarted;
import com.phonesmith.contracts.events.ImageReady;
import com.phonesmith.contracts.events.OrderAtRisk;
import com.phonesmith.contracts.events.OrderPlaced;
import com.phonesmith.contracts.events.Packed;
import com.phonesmith.contracts.events.PaymentCaptured;
import com.phonesmith.contracts.events.PaymentReleased;
import com.phonesmith.contracts.events.PromiseBreached;
import com.phonesmith.contracts.events.QaFailed;
import com.phonesmith.contracts.events.QaPassed;
import com.phonesmith.contracts.events.ReleasePayment;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.contracts.events.Shipped;
import com.phonesmith.contracts.events.SwapHandset;
import java.util.List;

/** Every message type of this contracts version. */
public final class Events {
    public static final List<Class<? extends Event>> ALL = List.of(
            OrderPlaced.class, BuildImage.class, ScheduleBuild.class, ImageBuildStarted.class, ImageBuildProgress.class,
            ImageReady.class, ImageBuildFailed.class,
            HandsetReserved.class, FlashHandset.class, Flashed.class, QaPassed.class, QaFailed.class, Packed.class,
            Shipped.class, Delivered.class, FactoryStepFailed.class, DeviceProvisioned.class, DeviceActivated.class,
            FlashingStarted.class, SwapHandset.class, CancelBuild.class, BuildCancelled.class, CapturePayment.class,
            PaymentCaptured.class, ReleasePayment.class, PaymentReleased.class, ExpediteBuild.class, OrderAtRisk.class,
            PromiseBreached.class);

    private Events() {
    }
}

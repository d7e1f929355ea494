package com.phonesmith.workflow.process;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long the process waits for each reply before it says so (ISO-8601 durations). */
@ConfigMapping(prefix = "phonesmith.workflow.waits")
public interface WaitsConfig {
    /** From BuildImage to ImageReady: a build takes minutes, but a launch queues thousands. */
    @WithDefault("PT6H")
    String imageReady();

    /** From ScheduleBuild to HandsetReserved: stock may be short until the next delivery. */
    @WithDefault("PT24H")
    String handsetReserved();

    /** From FlashHandset to Shipped: flashing, QA, packing and handing to the carrier. */
    @WithDefault("P2D")
    String shipped();

    /** From Shipped to Delivered: the carrier's promise plus a margin. */
    @WithDefault("P7D")
    String delivered();

    /** From CancelBuild to BuildCancelled: the factory releases the handset and slot at once. */
    @WithDefault("PT1H")
    String buildCancelled();

    /** From ReleasePayment to PaymentReleased: the payment provider voids or refunds at once. */
    @WithDefault("PT1H")
    String paymentReleased();
}

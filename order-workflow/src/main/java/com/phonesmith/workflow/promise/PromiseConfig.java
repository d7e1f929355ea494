package com.phonesmith.workflow.promise;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the promise's timers are set from the promised dates. */
@ConfigMapping(prefix = "phonesmith.workflow.promise")
public interface PromiseConfig {
    /**
     * The work between a handset's flashing and its parcel leaving the factory (flash, QA, pack, hand-over): an order
     * not shipped this long before its ship-by moment is at risk.
     */
    @WithDefault("PT8H")
    Duration workBeforeShipping();
}

package com.phonesmith.factory.workorder;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the timed factory steps take (minutes in production, seconds in dev, nothing in tests). */
@ConfigMapping(prefix = "factory.steps")
public interface StepsConfig {
    /** From QA passed to packed. */
    @WithDefault("20m")
    Duration packDuration();

    /** From packed to shipped. */
    @WithDefault("40m")
    Duration shipDuration();

    /** How often the step worker looks for due steps, a scheduler interval. */
    @WithDefault("1s")
    String pollInterval();

    /** How many work orders one pass moves on per step at most. */
    @WithDefault("50")
    int batchSize();
}

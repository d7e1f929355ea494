package com.phonesmith.factory.floor;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the flashing station's ports report their progress. */
@ConfigMapping(prefix = "factory.flash.progress")
public interface PortProgressConfig {
    /** How long a port shows the result of its last attempt (done, or failed with the reason) before it is idle. */
    @WithDefault("2m")
    Duration keepFinished();
}

package com.phonesmith.workflow.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The live streams of orders' timelines (server-sent events). */
@ConfigMapping(prefix = "phonesmith.workflow.live")
public interface LiveConfig {
    /** How often an open stream sends a heartbeat comment, so that idle proxies keep the connection. */
    @WithDefault("PT15S")
    Duration heartbeat();

    /** Open streams one instance serves at most; the next one is refused with 503. */
    @WithDefault("10000")
    int maxStreams();
}

package com.phonesmith.workflow.process;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a handset that fails QA is reworked before the order is put to support. */
@ConfigMapping(prefix = "phonesmith.workflow.rework")
public interface ReworkConfig {
    /** QA failures answered by flashing the same handset again. */
    @WithDefault("1")
    int reflashes();

    /** QA failures after those answered by flashing another handset. */
    @WithDefault("1")
    int swaps();
}

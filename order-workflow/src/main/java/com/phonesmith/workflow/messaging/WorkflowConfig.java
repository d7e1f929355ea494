package com.phonesmith.workflow.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "phonesmith.workflow")
public interface WorkflowConfig {
    /**
     * How many times one message is tried, each time in a new transaction, when it collides with a
     * concurrent change of the same process instance (two replies reaching the parallel join together).
     * After that the message goes to the dead-letter topic.
     */
    @WithDefault("5")
    int conflictAttempts();
}

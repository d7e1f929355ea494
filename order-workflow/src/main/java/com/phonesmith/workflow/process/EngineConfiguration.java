package com.phonesmith.workflow.process;

import jakarta.inject.Singleton;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.quarkus.engine.extension.QuarkusProcessEngineConfiguration;

/**
 * The engine's configuration as the Camunda Quarkus extension builds it (settings from
 * {@code quarkus.camunda.generic-config.*}), with one change: history is written without the activity instances
 * ({@link WithoutActivityInstances}).
 */
@Singleton
public class EngineConfiguration extends QuarkusProcessEngineConfiguration {
    public EngineConfiguration() {
        setHistoryEventHandler(new WithoutActivityInstances(new DbHistoryEventHandler()));
    }
}

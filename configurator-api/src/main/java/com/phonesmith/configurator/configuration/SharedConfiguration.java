package com.phonesmith.configurator.configuration;

import com.phonesmith.platform.problem.Problem;
import java.time.Instant;
import java.util.List;

/**
 * A saved configuration: its share code, when it was saved, the decisions as saved, and the configuration they
 * reopen as against today's catalog, with each change made and why (none if the catalog still offers it all).
 */
public record SharedConfiguration(String code, Instant savedAt, ConfigurationRequest saved,
        ConfigurationRequest reopened, List<Problem.FieldError> changes) {

    public SharedConfiguration {
        changes = List.copyOf(changes);
    }
}

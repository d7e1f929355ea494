package com.phonesmith.web.backend;

import java.util.List;

/**
 * A saved configuration as configurator-api answers it: its share code, the decisions as saved, and as they reopen
 * against today's catalog, with each change made and why.
 */
public record SharedConfiguration(String code, String savedAt, ConfigurationRequest saved,
        ConfigurationRequest reopened, List<Change> changes) {

    public SharedConfiguration {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** What no longer fits (the field of the saved configuration) and why it changed. */
    public record Change(String field, String reason) {
    }
}

package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** configurator-api's answer to {@code GET /api/admin/catalog/rules}: every rule, sorted by option and other. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogRules(List<CatalogRule> rules) {
    public CatalogRules {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}

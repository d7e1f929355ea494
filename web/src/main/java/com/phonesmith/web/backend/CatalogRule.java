package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A cross-tree rule of configurator-api's feature model: {@code option} {@code REQUIRES} or {@code EXCLUDES}
 * {@code other}; the body of {@code POST /api/admin/catalog/rules} and an entry of its {@code GET}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogRule(String kind, String option, String other) {
    public static final String REQUIRES = "REQUIRES";
    public static final String EXCLUDES = "EXCLUDES";
}

package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of configurator-api's {@code GET /api/launches}: newest window first. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LaunchPage(List<Launch> items, int page, int size, long total) {
    public LaunchPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}

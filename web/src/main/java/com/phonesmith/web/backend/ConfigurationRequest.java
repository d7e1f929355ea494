package com.phonesmith.web.backend;

import java.util.List;

/** The body of {@code POST /api/configurations/evaluate} at configurator-api. */
public record ConfigurationRequest(String model, String colour, Integer storageGb, List<String> chosen,
        List<String> removed) {
}

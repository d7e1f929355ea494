package com.phonesmith.web.backend;

import java.util.List;

/** The body of {@code POST /api/orders} at configurator-api. */
public record OrderRequest(String model, String colour, int storageGb, List<String> features, List<String> apps,
        String customerEmail) {
}

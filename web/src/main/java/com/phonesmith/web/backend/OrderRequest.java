package com.phonesmith.web.backend;

import java.util.List;

/** The body of {@code POST /api/orders} at configurator-api: the options chosen, and the defaults removed. */
public record OrderRequest(String model, String colour, int storageGb, List<String> features, List<String> apps,
        String customerEmail, List<String> removed) {
}

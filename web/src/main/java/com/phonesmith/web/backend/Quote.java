package com.phonesmith.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A quote of configurator-api: the price of a configuration line by line, held until validUntil, and the delivery
 * that can be promised for its variant (null from a configurator-api that gives none).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Quote(String id, String quotedAt, String validUntil, String model, String colour, int storageGb,
        List<String> features, List<String> apps, Configuration.Price price, Promise promise) {
}

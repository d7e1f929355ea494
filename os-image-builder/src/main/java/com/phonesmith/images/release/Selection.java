package com.phonesmith.images.release;

import java.util.List;
import java.util.Objects;

/**
 * What a customer chose: a model code, OS feature codes and app codes. Features and apps are kept sorted and
 * without repeats, so the same choice always resolves the same way.
 */
public record Selection(String model, List<String> features, List<String> apps) {
    public Selection {
        features = normalise(features);
        apps = normalise(apps);
    }

    private static List<String> normalise(List<String> codes) {
        if (codes == null) {
            return List.of();
        }
        return codes.stream().map(code -> Objects.requireNonNullElse(code, "")).distinct().sorted().toList();
    }
}

package com.phonesmith.images.packages;

import java.util.List;
import java.util.Objects;

/**
 * What an image is built for: a handset model and the OS features and apps chosen for it. Features and
 * apps are kept sorted and without repeats, so the same choice always gives the same image.
 */
public record Configuration(String model, List<String> features, List<String> apps) {
    public Configuration {
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

package com.phonesmith.images.build;

import java.util.List;

/** A configuration to build a bundle of: model, OS features and apps; the release defaults to the current one. */
public record ImageRequest(String model, List<String> features, List<String> apps, String release) {
}

package com.phonesmith.configurator.launch;

import java.util.List;

/** One page of the launches, newest window first, each as {@code GET /api/launches/{code}} answers it. */
public record LaunchPage(List<LaunchStatus> items, int page, int size, long total) {
}

package com.phonesmith.handset;

import java.util.List;

/**
 * What a booted handset runs, as read from its partitions: the build fingerprint, the board the vendor image was
 * built for, the OS features and apps of the configuration, and every installed package ("name version").
 */
public record RunningBuild(String fingerprint, String board, List<String> features, List<String> apps,
        List<String> packages) {
    public RunningBuild {
        features = List.copyOf(features);
        apps = List.copyOf(apps);
        packages = List.copyOf(packages);
    }
}

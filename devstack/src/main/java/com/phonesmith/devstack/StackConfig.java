package com.phonesmith.devstack;

import com.phonesmith.handset.RackLayout;
import java.nio.file.Path;

/**
 * Where the stack keeps its data and which ports it uses. Services take consecutive HTTP ports from
 * {@code httpBasePort}: web, configurator-api, order-workflow, factory-adapter, os-image-builder,
 * activations.
 */
public record StackConfig(Path repoRoot, Path dataDir, int postgresPort, int kafkaPort, int kafkaControllerPort,
        int firstHandsetPort, int handsetsPerVariant, int httpBasePort, String stepDuration) {

    /** The variants of the handset rack ({@code rack.csv}: every variant the shop sells), each in its own units. */
    public static final int HANDSET_VARIANTS = RackLayout.standard().slots().size();

    public static StackConfig defaults(Path repoRoot) {
        return new StackConfig(repoRoot, repoRoot.resolve(".phonesmith"), 15432, 19092, 19093, 5554, 2, 8080, "2s");
    }

    public int handsetCount() {
        return HANDSET_VARIANTS * handsetsPerVariant;
    }

    public StackConfig withDataDir(Path dir) {
        return new StackConfig(repoRoot, dir, postgresPort, kafkaPort, kafkaControllerPort, firstHandsetPort,
                handsetsPerVariant, httpBasePort, stepDuration);
    }

    /** A configuration on free ports in the given folder, for tests that run the whole system. */
    public static StackConfig onFreePorts(Path repoRoot, Path dataDir, int handsetsPerVariant, String stepDuration) {
        int handsets = HANDSET_VARIANTS * handsetsPerVariant;
        int firstHandset = Ports.freeRange(handsets);
        int firstHttp = Ports.freeRange(ServiceSpec.ALL.size(), new int[] {firstHandset, handsets});
        return new StackConfig(repoRoot, dataDir, Ports.free(), Ports.free(), Ports.free(),
                firstHandset, handsetsPerVariant, firstHttp, stepDuration);
    }

    /** A step duration such as 2s, 1.5s, 500ms, 5m or 1h, in milliseconds. */
    static long millis(String duration) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)").matcher(duration);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: " + duration);
        }
        double unit = switch (m.group(2)) {
            case "ms" -> 1;
            case "s" -> 1000;
            case "m" -> 60_000;
            default -> 3_600_000;
        };
        return Math.round(Double.parseDouble(m.group(1)) * unit);
    }
}

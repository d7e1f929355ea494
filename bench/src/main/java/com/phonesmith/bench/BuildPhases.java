package com.phonesmith.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Records the image builder's build phases (its {@code phonesmith.images.BuildPhase} flight recorder events) and
 * sums their durations per part and phase, in the order they first ended, for the events since a moment. One
 * recording serves every round: a new recording per round would lose the phase names (strings written into an
 * earlier recording's constant pool are not written again).
 */
final class BuildPhases implements AutoCloseable {
    private final Recording recording = new Recording();

    BuildPhases() {
        recording.enable("phonesmith.images.BuildPhase").withThreshold(Duration.ZERO);
        recording.start();
    }

    /** "part phase" to seconds, of the phases that started at or after the instant. */
    Map<String, Double> since(java.time.Instant from) throws IOException {
        Path folder = Files.createTempDirectory("build-phases-");
        Path file = folder.resolve("phases.jfr");
        try {
            recording.dump(file);
            Map<String, Double> seconds = new LinkedHashMap<>();
            for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
                if (event.getStartTime().isBefore(from)) {
                    continue;
                }
                seconds.merge(event.getString("part") + " " + event.getString("phase"),
                        event.getDuration().toNanos() / 1e9, Double::sum);
            }
            return seconds;
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    /** "part phase 1.234 s, ..." */
    static String describe(Map<String, Double> seconds) {
        StringBuilder text = new StringBuilder();
        seconds.forEach((phase, s) -> text.append(text.length() == 0 ? "" : ", ").append(phase).append(' ')
                .append(String.format(Locale.ROOT, "%.3f s", s)));
        return text.toString();
    }

    @Override
    public void close() {
        recording.close();
    }
}

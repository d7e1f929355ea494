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
 * sums their durations per part and phase, in the order they first ended, for the events of each build.
 */
final class BuildPhases implements AutoCloseable {
    private static final String EVENT = "phonesmith.images.BuildPhase";
    private final Recording recording = new Recording();

    BuildPhases() {
        recording.enable(EVENT).withThreshold(Duration.ZERO);
        recording.start();
    }

    /**
     * Per window (from, to), "part phase" to seconds of the phases that started inside it. One dump at the end:
     * phase names read from several dumps of one recording came back empty.
     */
    java.util.List<Map<String, Double>> windows(java.util.List<java.time.Instant[]> windows) throws IOException {
        recording.stop();
        Path folder = Files.createTempDirectory("build-phases-");
        Path file = folder.resolve("phases.jfr");
        try {
            recording.dump(file);
            java.util.List<Map<String, Double>> answer = new java.util.ArrayList<>();
            java.util.List<RecordedEvent> events = RecordingFile.readAllEvents(file);
            // a recording of the whole JVM started alongside (-XX:StartFlightRecording) adds its events to the dump
            events.removeIf(event -> !event.getEventType().getName().equals(EVENT));
            events.sort(java.util.Comparator.comparing(RecordedEvent::getEndTime));
            for (java.time.Instant[] window : windows) {
                Map<String, Double> seconds = new LinkedHashMap<>();
                for (RecordedEvent event : events) {
                    if (!event.getStartTime().isBefore(window[0]) && !event.getStartTime().isAfter(window[1])) {
                        seconds.merge(event.getString("part") + " " + event.getString("phase"),
                                event.getDuration().toNanos() / 1e9, Double::sum);
                    }
                }
                answer.add(seconds);
            }
            return answer;
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

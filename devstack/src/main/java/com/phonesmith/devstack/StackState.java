package com.phonesmith.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What a running stack wrote down about itself in {@code <data-dir>/devstack.state}: the launcher, and each part's
 * process, ports and supervision state. {@code ./phonesmith status} reads it; the next start reads it to find
 * processes a killed launcher left behind. A process is named by its pid and its start time together, so a pid
 * the system reused for something else is never taken for ours.
 */
record StackState(long launcherPid, String launcherStarted, Path dataDir, List<Part> parts) {
    static final String FILE = "devstack.state";

    record Part(String name, long pid, String started, String ports, String state, int restarts, String lastExit) {
        boolean alive() {
            return isSameProcess(pid, started);
        }
    }

    static Path file(Path dataDir) {
        return dataDir.resolve(FILE);
    }

    /** When a process started, as recorded here; empty if it is not running. */
    static String startedOf(long pid) {
        return ProcessHandle.of(pid).flatMap(handle -> handle.info().startInstant()).map(Instant::toString).orElse("");
    }

    static boolean isSameProcess(long pid, String started) {
        return pid > 0 && !started.isEmpty() && Processes.running(pid) && started.equals(startedOf(pid));
    }

    boolean launcherAlive() {
        return isSameProcess(launcherPid, launcherStarted);
    }

    void write() throws IOException {
        Properties properties = new Properties();
        properties.setProperty("launcher.pid", Long.toString(launcherPid));
        properties.setProperty("launcher.started", launcherStarted);
        properties.setProperty("data-dir", dataDir.toString());
        List<String> names = new ArrayList<>();
        for (Part part : parts) {
            String prefix = "part." + part.name() + ".";
            names.add(part.name());
            properties.setProperty(prefix + "pid", Long.toString(part.pid()));
            properties.setProperty(prefix + "started", part.started());
            properties.setProperty(prefix + "ports", part.ports());
            properties.setProperty(prefix + "state", part.state());
            properties.setProperty(prefix + "restarts", Integer.toString(part.restarts()));
            properties.setProperty(prefix + "last-exit", part.lastExit() == null ? "" : part.lastExit());
        }
        properties.setProperty("parts", String.join(",", names));
        Path file = file(dataDir);
        Path temporary = file.resolveSibling(FILE + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            properties.store(out, "written by ./phonesmith run; read by ./phonesmith status");
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static Optional<StackState> read(Path dataDir) {
        Path file = file(dataDir);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
            List<Part> parts = new ArrayList<>();
            for (String name : properties.getProperty("parts", "").split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                String prefix = "part." + name + ".";
                parts.add(new Part(name, Long.parseLong(properties.getProperty(prefix + "pid", "-1")),
                        properties.getProperty(prefix + "started", ""), properties.getProperty(prefix + "ports", ""),
                        properties.getProperty(prefix + "state", ""),
                        Integer.parseInt(properties.getProperty(prefix + "restarts", "0")),
                        properties.getProperty(prefix + "last-exit", "")));
            }
            return Optional.of(new StackState(Long.parseLong(properties.getProperty("launcher.pid", "-1")),
                    properties.getProperty("launcher.started", ""), Path.of(properties.getProperty("data-dir",
                            dataDir.toString())), List.copyOf(parts)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable: as good as none
        }
    }

    static void delete(Path dataDir) {
        try {
            Files.deleteIfExists(file(dataDir));
        } catch (IOException ignored) {
            // status then reports a launcher that is not alive: the same answer
        }
    }
}

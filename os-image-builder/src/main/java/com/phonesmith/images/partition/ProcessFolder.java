package com.phonesmith.images.partition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A process's own folder in the shared scratch folder, named by its PID and start time: the start time tells a
 * folder of a process that is gone from one of a live process that was given the same PID later.
 */
record ProcessFolder(long pid, long startMillis) {
    private static final String SEPARATOR = "-";

    static ProcessFolder current() {
        return of(ProcessHandle.current());
    }

    static ProcessFolder of(ProcessHandle process) {
        return new ProcessFolder(process.pid(), process.info().startInstant().map(Instant::toEpochMilli).orElse(0L));
    }

    /** Creates this process's folder in shared; it is removed when the process ends, if empty by then. */
    static Path create(Path shared) throws IOException {
        Path folder = Files.createDirectories(shared.resolve(current().name()));
        folder.toFile().deleteOnExit();
        return folder;
    }

    String name() {
        return pid + SEPARATOR + startMillis;
    }

    /** The process a folder's name stands for; empty for a name no process folder has. */
    static Optional<ProcessFolder> parse(String name) {
        String[] parts = name.split(SEPARATOR, -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ProcessFolder(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }

    /** Whether the process that made this folder still runs; a start time that is not known counts as a match. */
    boolean ownerAlive() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessFolder::of)
                .filter(live -> live.startMillis == 0 || startMillis == 0 || live.startMillis == startMillis)
                .isPresent();
    }
}

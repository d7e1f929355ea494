package com.phonesmith.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which process listens on a TCP port, read from Linux's {@code /proc} (the listening socket's inode, then the
 * process that has it open). Empty where that cannot be told: another OS, or another user's process.
 */
final class PortHolders {
    private static final String LISTEN = "0A";

    private PortHolders() {
    }

    /** A process listening on a port. */
    record Holder(long pid, String commandLine) {
        @Override
        public String toString() {
            return "pid " + pid + ": " + commandLine;
        }

        /** The devstack launcher this process was started by, if it was. */
        Optional<Long> launcher() {
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            while (process.isPresent()) {
                if (fullCommandLine(Path.of("/proc", Long.toString(process.get().pid()))).contains(LAUNCHER)) {
                    return Optional.of(process.get().pid());
                }
                process = process.get().parent();
            }
            return Optional.empty();
        }
    }

    private static final String LAUNCHER = Devstack.class.getName();

    static Optional<Holder> of(int port) {
        Set<String> inodes = listeningInodes(port);
        if (inodes.isEmpty()) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                if (holdsAny(process, inodes)) {
                    return Optional.of(new Holder(Long.parseLong(process.getFileName().toString()), commandLineOf(process)));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Set<String> listeningInodes(int port) {
        Set<String> inodes = new HashSet<>();
        String hexPort = String.format(":%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table), StandardCharsets.US_ASCII)) {
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length > 9 && fields[1].endsWith(hexPort) && LISTEN.equals(fields[3])) {
                        inodes.add(fields[9]);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // no such table here
            }
        }
        return inodes;
    }

    private static boolean holdsAny(Path process, Set<String> inodes) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(process.resolve("fd"))) {
            for (Path fd : fds) {
                String target = Files.readSymbolicLink(fd).toString();
                if (target.startsWith("socket:[") && inodes.contains(target.substring(8, target.length() - 1))) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not ours to look at
        }
        return false;
    }

    private static String commandLineOf(Path process) {
        String line = fullCommandLine(process);
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }

    private static String fullCommandLine(Path process) {
        try {
            return new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
                    .replace('\0', ' ').trim();
        } catch (IOException e) {
            return "(command line not readable)";
        }
    }
}

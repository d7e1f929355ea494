package com.phonesmith.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A JVM's CPU time so far, in all and in its JIT compiler threads, read from Linux's {@code /proc} (clock ticks). Two
 * readings tell what share of the CPU between them the JIT took: near zero once the code on the measured path is
 * compiled.
 */
record JitActivity(long compilerTicks, long totalTicks) {

    static JitActivity of(long pid) {
        Path process = Path.of("/proc", Long.toString(pid));
        long compiler = 0;
        try (Stream<Path> threads = Files.list(process.resolve("task"))) {
            for (Path thread : threads.toList()) {
                if (name(thread).matches("C[12] CompilerThre.*")) {
                    compiler += ticks(thread);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the threads of process " + pid, e);
        }
        // the process's own counter, as it keeps the time of threads that have ended
        return new JitActivity(compiler, ticks(process));
    }

    /** The JIT's share of the CPU taken since {@code before}, from 0 to 1. */
    double shareSince(JitActivity before) {
        long spent = totalTicks - before.totalTicks;
        // a compiler thread that ended meanwhile took its time with it: never below 0
        return spent <= 0 ? 0 : Math.max(0, (double) (compilerTicks - before.compilerTicks) / spent);
    }

    private static String name(Path thread) {
        try {
            return Files.readString(thread.resolve("comm")).strip();
        } catch (IOException e) {
            return ""; // the thread ended meanwhile
        }
    }

    /** User and system time of a thread or process; 0 once it has ended. */
    private static long ticks(Path thread) {
        try {
            String stat = Files.readString(thread.resolve("stat"));
            // the fields after the name, which is in parentheses and may hold spaces: state is field 3, utime 14
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            return 0;
        }
    }
}

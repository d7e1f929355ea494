package com.phonesmith.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether a process still runs, counting a zombie as ended. PostgreSQL runs detached, so once it dies it waits
 * for PID 1 to reap it; in a container whose PID 1 does not, {@link ProcessHandle#isAlive()} would call it alive
 * forever.
 */
public final class Processes {
    private static final ScheduledExecutorService POLLER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "process-exit-poller");
        thread.setDaemon(true);
        return thread;
    });

    private Processes() {
    }

    public static boolean running(ProcessHandle process) {
        return process.isAlive() && !zombie(process.pid());
    }

    public static boolean running(long pid) {
        return ProcessHandle.of(pid).map(Processes::running).orElse(false);
    }

    /** Completes once the process has ended (or is a zombie), checked every half second. */
    static CompletableFuture<Void> exitOf(long pid) {
        CompletableFuture<Void> exited = new CompletableFuture<>();
        AtomicReference<ScheduledFuture<?>> poll = new AtomicReference<>();
        poll.set(POLLER.scheduleWithFixedDelay(() -> {
            if (!running(pid)) {
                exited.complete(null);
                poll.get().cancel(false);
            }
        }, 0, 500, TimeUnit.MILLISECONDS));
        return exited;
    }

    private static boolean zombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
            int end = stat.lastIndexOf(')');
            return end > 0 && end + 2 < stat.length() && stat.charAt(end + 2) == 'Z';
        } catch (IOException e) {
            return false; // no /proc here: trust isAlive
        }
    }
}

package com.phonesmith.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Keeps the parts of a stack running: a part whose process ends when nobody asked it to is restarted after a
 * backoff ({@link RestartPolicy}), with the reason written to its log and said on the console; a part that
 * keeps failing is given up on, with a message that says so. {@link #stop()} comes first when the stack stops,
 * so nothing is restarted on the way down.
 */
public final class Supervisor {
    public enum State { RUNNING, RESTARTING, GAVE_UP }

    /** What the supervisor knows of one part, for {@code ./phonesmith status}. */
    public record Status(State state, int restarts, String lastExit) {
    }

    private final RestartPolicy policy;
    private final Consumer<String> console;
    private final Runnable changed;
    private final Map<String, Status> statuses = new ConcurrentHashMap<>();
    private final List<Thread> watchers = new ArrayList<>();
    private volatile boolean stopping;

    /** {@code changed} runs after every change of a part's state (devstack rewrites its state file then). */
    public Supervisor(RestartPolicy policy, Consumer<String> console, Runnable changed) {
        this.policy = policy;
        this.console = console;
        this.changed = changed;
    }

    public synchronized void watch(SupervisedPart part) {
        if (stopping) {
            throw new IllegalStateException("the supervisor is stopping");
        }
        statuses.put(part.name(), new Status(State.RUNNING, 0, null));
        Thread watcher = new Thread(() -> supervise(part), "supervise-" + part.name());
        watcher.setDaemon(true);
        watchers.add(watcher);
        watcher.start();
    }

    public Optional<Status> status(String part) {
        return Optional.ofNullable(statuses.get(part));
    }

    /** No restart from now on; waits a little for a restart under way to notice. */
    public void stop() {
        List<Thread> running;
        synchronized (this) {
            stopping = true;
            running = List.copyOf(watchers);
        }
        running.forEach(Thread::interrupt);
        for (Thread watcher : running) {
            try {
                watcher.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void supervise(SupervisedPart part) {
        List<Instant> exits = new ArrayList<>();
        CompletableFuture<String> ended = part.ended();
        int restarts = 0;
        while (!stopping) {
            String how;
            try {
                how = ended.get();
            } catch (InterruptedException e) {
                return;
            } catch (ExecutionException e) {
                how = "ended: " + e.getCause();
            }
            if (stopping) {
                return;
            }
            Instant now = Instant.now();
            exits.add(now);
            Optional<Duration> delay = policy.nextDelay(exits, now);
            if (delay.isEmpty()) {
                giveUp(part, restarts, how);
                return;
            }
            update(part, new Status(State.RESTARTING, restarts, how));
            writeToLog(part, part.name() + " stopped unexpectedly (" + how + "); devstack restarts it in "
                    + human(delay.get()));
            console.accept(part.name() + " stopped unexpectedly (" + how + "); restarting it in " + human(delay.get()));
            try {
                Thread.sleep(delay.get().toMillis());
            } catch (InterruptedException e) {
                return;
            }
            if (stopping) {
                return;
            }
            long t0 = System.nanoTime();
            try {
                part.restart();
                restarts++;
                update(part, new Status(State.RUNNING, restarts, how));
                console.accept(part.name() + " restarted and ready again (pid " + part.pid() + ", "
                        + String.format("%.1f s", (System.nanoTime() - t0) / 1e9) + ")");
                ended = part.ended();
            } catch (Exception | Error e) {
                if (stopping || Thread.currentThread().isInterrupted()) {
                    return;
                }
                restarts++;
                ended = CompletableFuture.completedFuture("its restart failed: " + e.getMessage());
            }
        }
    }

    private void giveUp(SupervisedPart part, int restarts, String how) {
        long recent = policy.maxExits();
        String message = part.name() + " keeps failing (" + recent + " times within " + human(policy.window())
                + "; last: " + how + "), so devstack no longer restarts it. The rest of Phonesmith keeps running"
                + " without it. See why in " + part.log() + ", then restart Phonesmith.";
        update(part, new Status(State.GAVE_UP, restarts, how));
        writeToLog(part, message);
        console.accept(message);
    }

    private void update(SupervisedPart part, Status status) {
        statuses.put(part.name(), status);
        try {
            changed.run();
        } catch (RuntimeException e) {
            console.accept("could not record the state of " + part.name() + ": " + e.getMessage());
        }
    }

    private static void writeToLog(SupervisedPart part, String line) {
        try {
            Files.createDirectories(part.log().getParent());
            Files.writeString(part.log(), "\n--- devstack " + Instant.now() + ": " + line + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // the console says it too
        }
    }

    static String human(Duration duration) {
        if (duration.toMinutes() >= 1 && duration.toSecondsPart() == 0) {
            return duration.toMinutes() + " min";
        }
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}

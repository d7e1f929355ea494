package com.phonesmith.devstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Processes of a stack and everything they started, to be sure none outlives the stack's stop. */
final class ProcessTree {
    private final List<ProcessHandle> roots;

    private ProcessTree(List<ProcessHandle> roots) {
        this.roots = roots;
    }

    static ProcessTree of(List<Long> pids) {
        List<ProcessHandle> roots = new ArrayList<>();
        pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(roots::add));
        return new ProcessTree(roots);
    }

    /** The roots and their descendants that are still alive. */
    List<ProcessHandle> alive() {
        return roots.stream().flatMap(root -> Stream.concat(Stream.of(root), root.descendants()))
                .filter(Processes::running).distinct().toList();
    }

    /** A thread that, unless interrupted first, kills whatever is still alive once {@code bound} has passed. */
    Thread killAfter(Duration bound, Consumer<String> progress) {
        Thread killer = new Thread(() -> {
            try {
                Thread.sleep(bound.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            progress.accept("still running " + bound.toSeconds() + " s after the stop began: killing them");
            killSurvivors(progress);
        }, "stop-bound");
        killer.setDaemon(true);
        killer.start();
        return killer;
    }

    void killSurvivors(Consumer<String> progress) {
        List<ProcessHandle> survivors = alive();
        if (survivors.isEmpty()) {
            return;
        }
        progress.accept("killing " + survivors.size() + " process(es) that did not stop: "
                + survivors.stream().map(p -> Long.toString(p.pid())).toList());
        survivors.forEach(ProcessHandle::destroyForcibly);
        survivors.forEach(p -> Processes.exitOf(p.pid()).completeOnTimeout(null, 5, java.util.concurrent.TimeUnit.SECONDS)
                .join());
    }
}

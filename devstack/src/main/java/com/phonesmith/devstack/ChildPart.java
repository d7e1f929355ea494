package com.phonesmith.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A child JVM of the stack (a service, the handset rack) under supervision: restarted with the same command. */
final class ChildPart implements SupervisedPart, AutoCloseable {
    /** Returns once a freshly started child is ready, or throws why it is not. */
    interface Readiness {
        void await(ChildJvm child);
    }

    private final Readiness readiness;
    private final Duration stopGrace;
    private volatile ChildJvm current;

    ChildPart(ChildJvm first, Readiness readiness, Duration stopGrace) {
        this.current = first;
        this.readiness = readiness;
        this.stopGrace = stopGrace;
    }

    ChildJvm current() {
        return current;
    }

    @Override
    public String name() {
        return current.name();
    }

    @Override
    public long pid() {
        return current.pid();
    }

    @Override
    public CompletableFuture<String> ended() {
        return current.ended();
    }

    @Override
    public void restart() throws Exception {
        ChildJvm next = current.relaunch();
        current = next;
        try {
            readiness.await(next);
        } catch (RuntimeException e) {
            next.stop(stopGrace);
            throw e;
        }
    }

    @Override
    public Path log() {
        return current.logFile();
    }

    void requestStop() {
        current.requestStop();
    }

    @Override
    public void close() {
        current.stop(stopGrace);
    }
}

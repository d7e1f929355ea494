package com.phonesmith.devstack;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** A process devstack started and keeps running: the {@link Supervisor} restarts it when it ends on its own. */
public interface SupervisedPart {
    /** As the console and {@code ./phonesmith status} name it: {@code postgresql}, {@code kafka}, {@code web}... */
    String name();

    /** The id of its current process. */
    long pid();

    /** Completes, with how it ended ("exited with code 1", "killed by SIGKILL"), once the current process ends. */
    CompletableFuture<String> ended();

    /** Starts it again after its process ended, returning once it is ready (or throwing if it never got there). */
    void restart() throws Exception;

    /** Its log, where the supervisor writes why it was restarted. */
    Path log();
}

package com.phonesmith.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Processes that a launcher killed with SIGKILL left behind, found in its state file. They stop by themselves
 * once they see their parent gone; the next start waits for that, and kills what does not stop, so that nothing
 * of the old run holds a port or writes to the data folder. Only call this while holding the folder's lock.
 */
final class Leftovers {
    static final Duration WAIT = Duration.ofSeconds(30);

    private Leftovers() {
    }

    static void stop(Path dataDir, Consumer<String> progress) {
        StackState state = StackState.read(dataDir).orElse(null);
        if (state == null) {
            return;
        }
        List<StackState.Part> alive = state.parts().stream().filter(StackState.Part::alive).toList();
        if (!alive.isEmpty()) {
            progress.accept("waiting for what an earlier run left behind to stop: "
                    + alive.stream().map(p -> p.name() + " (pid " + p.pid() + ")").toList());
            Instant deadline = Instant.now().plus(WAIT);
            while (Instant.now().isBefore(deadline) && alive.stream().anyMatch(StackState.Part::alive)) {
                Sleep.millis(200);
            }
            ProcessTree.of(alive.stream().filter(StackState.Part::alive).map(StackState.Part::pid).toList())
                    .killSurvivors(progress);
        }
        StackState.delete(dataDir);
    }
}

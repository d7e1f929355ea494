package com.phonesmith.workflow.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

class LatestViewTest {
    /** Runs what it was given when the test says so, on the test's thread. */
    private static final class StepExecutor implements Executor {
        final Deque<Runnable> queued = new ArrayDeque<>();
        boolean refusing;

        @Override
        public void execute(Runnable task) {
            if (refusing) {
                throw new RejectedExecutionException("shutting down");
            }
            queued.add(task);
        }

        void runAll() {
            while (!queued.isEmpty()) {
                queued.poll().run();
            }
        }
    }

    private final StepExecutor executor = new StepExecutor();
    private final List<Integer> sent = new ArrayList<>();
    /** The "committed state" a read sees. */
    private int state;

    @Test
    void aChangeIsReadAndSentOnAWorkerNotOnTheCallersThread() {
        LatestView view = new LatestView(executor, () -> sent.add(state));
        state = 1;
        view.changed();
        assertThat(sent).isEmpty();
        executor.runAll();
        assertThat(sent).containsExactly(1);
    }

    @Test
    void changesBeforeTheReadStartsAreFoldedIntoOneRead() {
        LatestView view = new LatestView(executor, () -> sent.add(state));
        for (state = 1; state <= 5; state++) {
            view.changed();
        }
        assertThat(executor.queued).hasSize(1);
        executor.runAll();
        assertThat(sent).containsExactly(6);
    }

    @Test
    void changesWhileAReadRunsAreFoldedIntoOneMoreReadThatSeesTheLastOfThem() {
        List<LatestView> self = new ArrayList<>();
        LatestView view = new LatestView(executor, () -> {
            int seen = state;
            if (seen == 1) { // three commits land while the first read runs
                for (int i = 0; i < 3; i++) {
                    state++;
                    self.get(0).changed();
                }
            }
            sent.add(seen);
        });
        self.add(view);
        state = 1;
        view.changed();
        executor.runAll();
        assertThat(sent).containsExactly(1, 4);
        assertThat(executor.queued).isEmpty();
    }

    @Test
    void aFailedReadIsSkippedAndTheNextChangeReadsAgain() {
        LatestView view = new LatestView(executor, () -> {
            if (state == 1) {
                throw new IllegalStateException("database unreachable");
            }
            sent.add(state);
        });
        state = 1;
        view.changed();
        executor.runAll();
        state = 2;
        view.changed();
        executor.runAll();
        assertThat(sent).containsExactly(2);
    }

    @Test
    void nothingIsReadOnceTheStreamHasEnded() {
        LatestView view = new LatestView(executor, () -> sent.add(state));
        view.changed();
        view.close();
        executor.runAll();
        view.changed();
        executor.runAll();
        assertThat(sent).isEmpty();
    }

    @Test
    void aChangeTheWorkerPoolRefusesIsReadWithTheNextChange() {
        LatestView view = new LatestView(executor, () -> sent.add(state));
        executor.refusing = true;
        state = 1;
        view.changed();
        executor.refusing = false;
        state = 2;
        view.changed();
        executor.runAll();
        assertThat(sent).containsExactly(2);
    }
}

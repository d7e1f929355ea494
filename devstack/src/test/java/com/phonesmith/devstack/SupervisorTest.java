package com.phonesmith.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervisor's rules, on parts whose processes are futures the test completes. */
class SupervisorTest {
    private static final RestartPolicy QUICK = new RestartPolicy(Duration.ofMillis(10), Duration.ofMillis(40), 3,
            Duration.ofMinutes(1));

    @TempDir
    Path logs;

    private final List<String> console = new CopyOnWriteArrayList<>();
    private final AtomicInteger changes = new AtomicInteger();

    @Test
    void aPartThatEndsOnItsOwnIsRestartedAndItsLogAndTheConsoleSayWhy() throws Exception {
        FakePart part = new FakePart("order-workflow", logs.resolve("order-workflow.log"), false);
        Supervisor supervisor = new Supervisor(QUICK, console::add, changes::incrementAndGet);
        supervisor.watch(part);

        part.end("killed by SIGKILL");

        assertThat(part.restarted.poll(5, TimeUnit.SECONDS)).isTrue();
        awaitCondition(() -> supervisor.status("order-workflow").orElseThrow().restarts() == 1);
        assertThat(supervisor.status("order-workflow").orElseThrow().state()).isEqualTo(Supervisor.State.RUNNING);
        assertThat(console).anyMatch(line -> line.contains("order-workflow stopped unexpectedly (killed by SIGKILL)"));
        awaitCondition(() -> console.stream().anyMatch(line -> line.contains("order-workflow restarted")));
        assertThat(Files.readString(part.log())).contains("order-workflow stopped unexpectedly (killed by SIGKILL)");
        assertThat(changes.get()).isGreaterThanOrEqualTo(2);
        supervisor.stop();
    }

    @Test
    void aPartThatKeepsFailingIsGivenUpOnWithAClearMessageInsteadOfLoopingForever() throws Exception {
        FakePart part = new FakePart("kafka", logs.resolve("kafka.log"), true);
        Supervisor supervisor = new Supervisor(QUICK, console::add, changes::incrementAndGet);
        supervisor.watch(part);

        part.end("exited with code 1");

        awaitCondition(() -> supervisor.status("kafka").orElseThrow().state() == Supervisor.State.GAVE_UP);
        assertThat(part.restartAttempts.get()).isEqualTo(2);
        assertThat(console).last().asString().contains("kafka keeps failing (3 times within 1 min")
                .contains("no longer restarts it").contains(part.log().toString());
        assertThat(Files.readString(part.log())).contains("kafka keeps failing");
        supervisor.stop();
    }

    @Test
    void nothingIsRestartedOnceTheSupervisorIsStopping() throws Exception {
        FakePart part = new FakePart("web", logs.resolve("web.log"), false);
        Supervisor supervisor = new Supervisor(QUICK, console::add, changes::incrementAndGet);
        supervisor.watch(part);

        supervisor.stop();
        part.end("exited with code 0");

        assertThat(part.restarted.poll(300, TimeUnit.MILLISECONDS)).isNull();
        assertThat(part.restartAttempts.get()).isZero();
    }

    private static void awaitCondition(java.util.concurrent.Callable<Boolean> condition) {
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10)).until(condition);
    }

    /** A part whose "process" is a future; a failing part's restart throws. */
    private static final class FakePart implements SupervisedPart {
        private final String name;
        private final Path log;
        private final boolean failsToRestart;
        private final AtomicInteger restartAttempts = new AtomicInteger();
        private final java.util.concurrent.BlockingQueue<Boolean> restarted = new java.util.concurrent.LinkedBlockingQueue<>();
        private volatile CompletableFuture<String> current = new CompletableFuture<>();

        FakePart(String name, Path log, boolean failsToRestart) {
            this.name = name;
            this.log = log;
            this.failsToRestart = failsToRestart;
        }

        void end(String how) {
            current.complete(how);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public long pid() {
            return 42;
        }

        @Override
        public CompletableFuture<String> ended() {
            return current;
        }

        @Override
        public void restart() {
            restartAttempts.incrementAndGet();
            if (failsToRestart) {
                throw new IllegalStateException("port 19092 is in use");
            }
            current = new CompletableFuture<>();
            restarted.add(true);
        }

        @Override
        public Path log() {
            return log;
        }
    }
}

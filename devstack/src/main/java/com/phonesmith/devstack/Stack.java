package com.phonesmith.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The whole system on one machine: PostgreSQL, Kafka, a rack of virtual handsets and the six services,
 * each service started from its built {@code target/quarkus-app}. Before starting anything it makes sure every
 * port is free; once started, a {@link Supervisor} restarts any part that dies. Closing it stops everything it
 * started within {@link #STOP_BOUND}, killing what has not stopped by then.
 */
public final class Stack implements AutoCloseable {
    /** Handsets in the demo check in every this many factory steps (production: monthly). */
    static final int CHECK_IN_STEPS = 15;
    /** The longest a stop takes: whatever still runs by then is killed. */
    public static final Duration STOP_BOUND = Duration.ofSeconds(45);
    private static final Duration CHILD_STOP_GRACE = Duration.ofSeconds(20);

    private final StackConfig config;
    private final Consumer<String> progress;
    private final Supervisor supervisor;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final Map<String, SupervisedPart> parts = new LinkedHashMap<>();
    private final Map<String, String> ports = new LinkedHashMap<>();
    private final Map<String, String> urls = new LinkedHashMap<>();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final String launcherStarted = StackState.startedOf(ProcessHandle.current().pid());

    private Stack(StackConfig config, Consumer<String> progress, RestartPolicy restarts) {
        this.config = config;
        this.progress = progress;
        this.supervisor = new Supervisor(restarts, progress, this::writeState);
    }

    /** Starts everything and returns once all services are healthy; on failure, stops what it had started. */
    public static Stack start(StackConfig config, Consumer<String> progress) throws IOException {
        Stack stack = create(config, progress);
        stack.startAll();
        return stack;
    }

    /** A stack not started yet: {@link #startAll()} starts it, {@link #close()} may be called at any time. */
    public static Stack create(StackConfig config, Consumer<String> progress) {
        return new Stack(config, progress, RestartPolicy.DEFAULT);
    }

    public void startAll() throws IOException {
        try {
            startEverything();
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startEverything() throws IOException {
        List<Path> jars = new ArrayList<>();
        for (ServiceSpec service : ServiceSpec.ALL) {
            Path jar = config.repoRoot().resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: build first (./phonesmith build)");
            }
            jars.add(jar);
        }
        register(DataDirLock.acquire(config.dataDir()));
        PostgresServer.stopOrphanedServer(config.dataDir().resolve("postgres"));
        Leftovers.stop(config.dataDir(), progress);
        PortCheck.requireFree(config);
        Path logs = config.dataDir().resolve("logs");
        Files.createDirectories(logs);

        long t0 = System.nanoTime();
        PostgresServer postgres = register(PostgresServer.start(config.dataDir().resolve("postgres"),
                config.postgresPort(), Durability.DURABLE, logs.resolve("postgresql.log")));
        ServiceSpec.ALL.forEach(s -> postgres.ensureDatabase(s.database()));
        supervise(postgres, Integer.toString(config.postgresPort()));
        progress.accept("PostgreSQL ready on 127.0.0.1:" + postgres.port() + " (" + seconds(t0) + "; "
                + postgres.durability().describe() + ")");

        t0 = System.nanoTime();
        KafkaBroker kafka = register(KafkaBroker.start(config.dataDir().resolve("kafka"), config.kafkaPort(),
                config.kafkaControllerPort(), logs.resolve("kafka.log")));
        supervise(kafka, config.kafkaPort() + "," + config.kafkaControllerPort());
        progress.accept("Kafka ready on " + kafka.bootstrapServers() + " (" + seconds(t0) + ")");

        t0 = System.nanoTime();
        int lastHandsetPort = config.firstHandsetPort() + config.handsetCount() - 1;
        ChildPart.Readiness rackReady = child -> awaitPort(child, lastHandsetPort, logs.resolve("handset-rack.log"));
        ChildJvm rackProcess = ChildJvm.startMain("handset-rack", System.getProperty("java.class.path"),
                List.of("-Xmx128m", "-XX:+UseSerialGC"), "com.phonesmith.handset.HandsetRackMain",
                List.of("--host", "127.0.0.1", "--first-port", Integer.toString(config.firstHandsetPort()),
                        "--units-per-variant", Integer.toString(config.handsetsPerVariant()),
                        "--data-dir", config.dataDir().resolve("handsets").toString(),
                        // verified boot accepts what the stack's image builder signs
                        "--trusted-keys", ServiceSpec.trustedKeys(config).toString(),
                        // shipped handsets reach their customers one step later, activate, and check in
                        "--kafka", kafka.bootstrapServers(), "--activations-url", url("activations"),
                        "--delivery-delay", StackConfig.millis(config.stepDuration()) + "ms",
                        "--check-in-interval", StackConfig.millis(config.stepDuration()) * CHECK_IN_STEPS + "ms"),
                logs.resolve("handset-rack.log"));
        ChildPart rack = register(new ChildPart(rackProcess, rackReady, CHILD_STOP_GRACE));
        rackReady.await(rackProcess);
        supervise(rack, config.firstHandsetPort() + "-" + lastHandsetPort);
        progress.accept(config.handsetCount() + " virtual handsets ready on 127.0.0.1:" + config.firstHandsetPort()
                + "-" + lastHandsetPort + " (" + seconds(t0) + ")");

        t0 = System.nanoTime();
        Secrets secrets = new Secrets(config.dataDir());
        List<ChildPart> services = new ArrayList<>();
        for (int i = 0; i < ServiceSpec.ALL.size(); i++) {
            ServiceSpec service = ServiceSpec.ALL.get(i);
            List<String> jvmArgs = new ArrayList<>(List.of("-Xmx" + service.heap(), "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1"));
            service.properties(config, postgres.jdbcUrl(service.database()), kafka.bootstrapServers())
                    .forEach((key, value) -> jvmArgs.add("-D" + key + "=" + value));
            Path log = logs.resolve(service.name() + ".log");
            String url = "http://127.0.0.1:" + service.port(config);
            ChildJvm process = ChildJvm.startJar(service.name(), jars.get(i), jvmArgs,
                    service.secretEnvironment(secrets), log);
            services.add(register(new ChildPart(process,
                    child -> awaitHealthy(child, url, log, Duration.ofSeconds(240)), CHILD_STOP_GRACE)));
        }
        for (int i = 0; i < services.size(); i++) {
            ServiceSpec service = ServiceSpec.ALL.get(i);
            String url = "http://127.0.0.1:" + service.port(config);
            awaitHealthy(services.get(i).current(), url, logs.resolve(service.name() + ".log"), Duration.ofSeconds(240));
            urls.put(service.name(), url);
            supervise(services.get(i), Integer.toString(service.port(config)));
            progress.accept(service.name() + " healthy at " + url);
        }
        progress.accept("all services healthy (" + seconds(t0) + ")");
    }

    /** Keeps a thing that was started, so that {@link #close()} stops it; refuses once the stack is stopping. */
    private synchronized <T extends AutoCloseable> T register(T thing) {
        if (closing.get()) {
            try {
                thing.close();
            } catch (Exception ignored) {
                // stopping anyway
            }
            throw new IllegalStateException("stopped while starting");
        }
        started.add(thing);
        return thing;
    }

    private synchronized void supervise(SupervisedPart part, String partPorts) {
        parts.put(part.name(), part);
        ports.put(part.name(), partPorts);
        writeState();
        supervisor.watch(part);
    }

    /** Rewrites {@code devstack.state}, which {@code ./phonesmith status} reads. */
    private synchronized void writeState() {
        if (closing.get()) {
            return;
        }
        List<StackState.Part> states = new ArrayList<>();
        parts.forEach((name, part) -> {
            Supervisor.Status status = supervisor.status(name).orElse(new Supervisor.Status(Supervisor.State.RUNNING, 0, null));
            states.add(new StackState.Part(name, part.pid(), StackState.startedOf(part.pid()), ports.get(name),
                    status.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), status.restarts(),
                    status.lastExit()));
        });
        try {
            new StackState(ProcessHandle.current().pid(), launcherStarted, config.dataDir(), states).write();
        } catch (IOException e) {
            progress.accept("cannot write " + StackState.file(config.dataDir()) + ": " + e.getMessage());
        }
    }

    private static void awaitPort(ChildJvm child, int port, Path log) {
        try {
            Ports.awaitOpen(port, Duration.ofSeconds(60), child);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "; its log ends:\n" + tail(log), e);
        }
    }

    private static void awaitHealthy(ChildJvm process, String url, Path log, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(process.name() + " exited during start-up; its log ends:\n" + tail(log));
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            Sleep.millis(500);
        }
        throw new IllegalStateException(process.name() + " not healthy after " + timeout + "; its log: " + log);
    }

    /** The last lines of a child's log, for an error message that explains itself. */
    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    private static String seconds(long startNanos) {
        return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    public StackConfig config() {
        return config;
    }

    /** Base URL of a service by module name, e.g. {@code configurator-api}. */
    public String url(String service) {
        return ServiceSpec.url(config, service);
    }

    public Map<String, String> urls() {
        return Map.copyOf(urls);
    }

    /** The process ids of the parts now running, by name ({@code postgresql} is the postmaster). */
    public synchronized Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        parts.forEach((name, part) -> pids.put(name, part.pid()));
        return pids;
    }

    /**
     * The demo accounts web made, as lines "role username password", once it has made the partners of every
     * maker (which needs configurator-api's catalog); waits up to {@code timeout} for them.
     */
    public List<String> demoAccounts(Duration timeout) {
        Path file = ServiceSpec.demoAccountsFile(config);
        Instant deadline = Instant.now().plus(timeout);
        List<String> lines = List.of();
        while (Instant.now().isBefore(deadline)) {
            try {
                lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
            } catch (IOException e) {
                lines = List.of();
            }
            if (lines.stream().anyMatch(l -> l.startsWith("partner "))) {
                return lines;
            }
            Sleep.millis(250);
        }
        return lines;
    }

    /** Whether {@link #close()} has begun. */
    public boolean closed() {
        return closing.get();
    }

    /**
     * Stops everything, within {@link #STOP_BOUND}: no more restarts; every child asked to stop at once (services
     * finish their requests); then each waited for, last started first; whatever still runs at the bound is killed.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        StackState.delete(config.dataDir());
        List<AutoCloseable> toStop;
        synchronized (this) {
            toStop = List.copyOf(started);
            started.clear();
        }
        ProcessTree tree = ProcessTree.of(pidsOf(toStop));
        Thread killer = tree.killAfter(STOP_BOUND, progress);
        try {
            supervisor.stop();
            toStop.stream().filter(ChildPart.class::isInstance).map(ChildPart.class::cast).forEach(ChildPart::requestStop);
            for (int i = toStop.size() - 1; i >= 0; i--) {
                try {
                    toStop.get(i).close();
                } catch (Exception e) {
                    progress.accept("could not stop cleanly: " + e.getMessage());
                }
            }
        } finally {
            killer.interrupt();
            tree.killSurvivors(progress);
        }
    }

    private List<Long> pidsOf(List<AutoCloseable> things) {
        return things.stream().filter(SupervisedPart.class::isInstance).map(SupervisedPart.class::cast)
                .map(SupervisedPart::pid).toList();
    }
}

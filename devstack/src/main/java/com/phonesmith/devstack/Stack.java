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
import java.util.function.Consumer;

/**
 * The whole system on one machine: PostgreSQL, Kafka, a rack of virtual handsets and the five services,
 * each service started from its built {@code target/quarkus-app}. Closing it stops everything it started.
 */
public final class Stack implements AutoCloseable {
    private final StackConfig config;
    private final Consumer<String> progress;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final Map<String, String> urls = new LinkedHashMap<>();

    private Stack(StackConfig config, Consumer<String> progress) {
        this.config = config;
        this.progress = progress;
    }

    public static Stack start(StackConfig config, Consumer<String> progress) throws IOException {
        Stack stack = new Stack(config, progress);
        try {
            stack.startAll();
            return stack;
        } catch (IOException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() throws IOException {
        List<Path> jars = new ArrayList<>();
        for (ServiceSpec service : ServiceSpec.ALL) {
            Path jar = config.repoRoot().resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: build first (./phonesmith build)");
            }
            jars.add(jar);
        }
        started.add(DataDirLock.acquire(config.dataDir()));
        Path logs = config.dataDir().resolve("logs");
        Files.createDirectories(logs);

        long t0 = System.nanoTime();
        PostgresServer postgres = PostgresServer.start(config.dataDir().resolve("postgres"), config.postgresPort(), false);
        started.add(postgres);
        ServiceSpec.ALL.forEach(s -> postgres.ensureDatabase(s.database()));
        progress.accept("PostgreSQL ready on 127.0.0.1:" + postgres.port() + " (" + seconds(t0) + ")");

        t0 = System.nanoTime();
        KafkaBroker kafka = KafkaBroker.start(config.dataDir().resolve("kafka"), config.kafkaPort(),
                config.kafkaControllerPort(), logs.resolve("kafka.log"));
        started.add(kafka);
        progress.accept("Kafka ready on " + kafka.bootstrapServers() + " (" + seconds(t0) + ")");

        t0 = System.nanoTime();
        ChildJvm rack = ChildJvm.startMain("handset-rack", System.getProperty("java.class.path"),
                List.of("-Xmx128m", "-XX:+UseSerialGC"), "com.phonesmith.handset.HandsetRackMain",
                List.of("--host", "127.0.0.1", "--first-port", Integer.toString(config.firstHandsetPort()),
                        "--units-per-variant", Integer.toString(config.handsetsPerVariant()),
                        "--data-dir", config.dataDir().resolve("handsets").toString()),
                logs.resolve("handset-rack.log"));
        started.add(rack);
        try {
            Ports.awaitOpen(config.firstHandsetPort() + config.handsetCount() - 1, Duration.ofSeconds(60), rack);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "; its log ends:\n" + tail(logs.resolve("handset-rack.log")), e);
        }
        progress.accept(config.handsetCount() + " virtual handsets ready on 127.0.0.1:" + config.firstHandsetPort()
                + "-" + (config.firstHandsetPort() + config.handsetCount() - 1) + " (" + seconds(t0) + ")");

        t0 = System.nanoTime();
        Secrets secrets = new Secrets(config.dataDir());
        List<ChildJvm> services = new ArrayList<>();
        for (int i = 0; i < ServiceSpec.ALL.size(); i++) {
            ServiceSpec service = ServiceSpec.ALL.get(i);
            List<String> jvmArgs = new ArrayList<>(List.of("-Xmx" + service.heap(), "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1"));
            service.properties(config, postgres.jdbcUrl(service.database()), kafka.bootstrapServers())
                    .forEach((key, value) -> jvmArgs.add("-D" + key + "=" + value));
            ChildJvm process = ChildJvm.startJar(service.name(), jars.get(i), jvmArgs,
                    service.secretEnvironment(secrets), logs.resolve(service.name() + ".log"));
            started.add(process);
            services.add(process);
        }
        for (int i = 0; i < services.size(); i++) {
            ServiceSpec service = ServiceSpec.ALL.get(i);
            String url = "http://127.0.0.1:" + service.port(config);
            awaitHealthy(services.get(i), url, logs.resolve(service.name() + ".log"), Duration.ofSeconds(240));
            urls.put(service.name(), url);
            progress.accept(service.name() + " healthy at " + url);
        }
        progress.accept("all services healthy (" + seconds(t0) + ")");
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

    /** Stops everything, last started first. */
    @Override
    public void close() {
        started.stream().filter(ChildJvm.class::isInstance).map(ChildJvm.class::cast)
                .filter(c -> !c.name().equals("kafka")).forEach(ChildJvm::requestStop);
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                progress.accept("could not stop cleanly: " + e.getMessage());
            }
        }
        started.clear();
    }
}

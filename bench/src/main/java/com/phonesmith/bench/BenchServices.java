package com.phonesmith.bench;

import com.phonesmith.devstack.ChildJvm;
import com.phonesmith.devstack.KafkaBroker;
import com.phonesmith.devstack.PostgresServer;
import com.phonesmith.devstack.testing.TestTokens;
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
import java.util.Objects;

/** A built service as the benchmarks run it: its production jar wired to their PostgreSQL and Kafka. */
final class BenchServices {
    private BenchServices() {
    }

    /**
     * Starts the jar on {@code port} with the given JVM options (and a flight recording per service when
     * {@code PHONESMITH_BENCH_JFR} names a folder); it trusts the benchmark's test token key.
     */
    static ChildJvm start(String name, Path jar, List<String> jvm, int port, String jdbcUrl, KafkaBroker kafka,
            Map<String, String> environment, Path work) throws IOException {
        List<String> args = new ArrayList<>(jvm);
        String recordings = System.getenv("PHONESMITH_BENCH_JFR");
        if (recordings != null && !recordings.isBlank()) {
            // where the time goes: a flight recording of each service, e.g. for `jfr print --events ExecutionSample`
            args.add("-XX:StartFlightRecording=filename=" + Path.of(recordings).resolve(name + ".jfr")
                    + ",settings=profile,dumponexit=true,jdk.ExecutionSample#period="
                    + Objects.requireNonNullElse(System.getenv("PHONESMITH_BENCH_JFR_PERIOD"), "10ms"));
        }
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.http.port", Integer.toString(port));
        properties.put("quarkus.datasource.jdbc.url", jdbcUrl);
        properties.put("quarkus.datasource.username", PostgresServer.USER);
        properties.put("quarkus.datasource.password", PostgresServer.USER);
        properties.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        properties.put("phonesmith.token-trust.keys-url", TestTokens.get().jwksFile().toUri().toString());
        properties.put("phonesmith.exit-with-parent", "true");
        properties.put("quarkus.log.level", "WARN");
        properties.forEach((key, value) -> args.add("-D" + key + "=" + value));
        return ChildJvm.startJar(name, jar, args, environment, work.resolve(name + ".log"));
    }

    static void awaitReady(HttpClient http, URI base, ChildJvm process, Path work) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        HttpRequest ready = HttpRequest.newBuilder(base.resolve("/q/health/ready")).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(process.name() + " stopped; see " + work.resolve(process.name() + ".log"));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(process.name() + " not ready after 3 minutes");
    }

    static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}

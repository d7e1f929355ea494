package com.phonesmith.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.phonesmith.devstack.Ports;
import com.phonesmith.devstack.Processes;
import com.phonesmith.devstack.Stack;
import com.phonesmith.devstack.StackConfig;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code ./phonesmith run} as a user meets it, run as its own process: it reports itself, refuses another
 * stack's ports, brings back a part that was killed while orders are in flight, stops everything under load, and a
 * launcher killed with SIGKILL leaves nothing that blocks the next start.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherFaultsTest {
    private static final Path KEPT_LOGS = Launcher.ROOT.resolve("e2e/target/launcher-logs");
    private static final Duration START = Duration.ofMinutes(5);
    private static final List<String> PARTS = List.of("postgresql", "kafka", "handset-rack", "web", "configurator-api",
            "order-workflow", "factory-adapter", "os-image-builder", "activations");
    private static final int SERVICES = 6;
    /** One handset of each variant of the rack (--handsets-per-variant 1): 48, every variant the shop sells. */
    private static final int HANDSETS = StackConfig.HANDSET_VARIANTS;

    private static Path dataDir;
    private static int postgresPort;
    private static int kafkaPort;
    private static int httpPort;
    private static int handsetPort;
    private static List<String> options;
    private static Launcher launcher;

    @BeforeAll
    static void startTheLauncher() throws Exception {
        dataDir = Files.createTempDirectory("phonesmith-launcher-");
        httpPort = Ports.freeRange(SERVICES);
        handsetPort = Ports.freeRange(HANDSETS, new int[] {httpPort, SERVICES});
        kafkaPort = Ports.freeRange(2, new int[] {httpPort, SERVICES}, new int[] {handsetPort, HANDSETS});
        postgresPort = Ports.free();
        options = List.of("--data-dir", dataDir.toString(), "--postgres-port", "" + postgresPort,
                "--kafka-port", "" + kafkaPort, "--http-port", "" + httpPort, "--handset-port", "" + handsetPort,
                "--handsets-per-variant", "1", "--step-duration", "1s");
        launcher = startAndAwait("first");
    }

    @AfterAll
    static void stopWhatIsLeft() throws Exception {
        if (launcher != null && launcher.process().isAlive()) {
            launcher.process().destroy();
            launcher.process().waitFor(Stack.STOP_BOUND.toSeconds() + 15, TimeUnit.SECONDS);
        }
        Files.createDirectories(KEPT_LOGS);
        try (var logs = Files.list(dataDir.resolve("logs"))) {
            for (Path log : (Iterable<Path>) logs::iterator) {
                Files.copy(log, KEPT_LOGS.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException ignored) {
            // no logs to keep
        }
        try (var files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    @Order(1)
    void theStatusCommandShowsEachPartWithItsProcessPortsAndHealthAndTheDataFolder() throws Exception {
        Launcher.Result status = Launcher.status(List.of("--data-dir", dataDir.toString()));

        assertThat(status.exitStatus()).as(status.output()).isZero();
        assertThat(status.output()).contains("Phonesmith is running: launcher pid " + launcher.pid())
                .contains("data folder " + dataDir);
        for (String part : PARTS) {
            assertThat(status.output()).as(status.output()).containsPattern("(?m)^  " + part + " +"
                    + Launcher.partPid(dataDir, part) + " .* running +up");
        }
        assertThat(status.output()).contains(" " + postgresPort + " ").contains(kafkaPort + "," + (kafkaPort + 1))
                .contains(handsetPort + "-" + (handsetPort + HANDSETS - 1))
                .contains(HANDSETS + " of " + HANDSETS + " handsets listening");
        assertThat(HANDSETS).isEqualTo(48);
    }

    @Test
    @Order(2)
    void aSecondStackOnTheSamePortsRefusesToStartAndNamesEachPortAndTheProcessHoldingIt() throws Exception {
        Path otherFolder = Files.createTempDirectory("phonesmith-launcher-other-");
        List<String> sameSports = new ArrayList<>(options);
        sameSports.set(1, otherFolder.toString());
        Launcher second = Launcher.start(otherFolder.resolve("console.log"), sameSports);

        assertThat(second.process().waitFor(2, TimeUnit.MINUTES)).as("the second launcher gives up by itself").isTrue();
        assertThat(second.process().exitValue()).isEqualTo(1);
        String postmaster = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).trim();
        assertThat(second.console())
                .contains("another Phonesmith (launcher pid " + launcher.pid() + ") holds ports this one needs")
                .contains("port " + postgresPort + " (PostgreSQL) in use by pid " + postmaster + ": ")
                .contains("-D " + dataDir.resolve("postgres"))
                .contains("port " + httpPort + " (web) in use by pid " + Launcher.partPid(dataDir, "web"))
                .contains("choose another port with --http-port");
        assertThat(otherFolder.resolve("postgres")).as("nothing was started for the second stack").doesNotExist();
        try (var files = Files.walk(otherFolder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    @Order(3)
    void aServiceKilledWithSigkillComesBackByItselfAndTheOrdersInFlightFinish() throws Exception {
        List<String[]> orders = IntStream.range(0, 3).mapToObj(LauncherFaultsTest::placeOrder).toList();
        long killed = Launcher.partPid(dataDir, "order-workflow");

        ProcessHandle.of(killed).orElseThrow().destroyForcibly();

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() ->
                launcher.console().contains("order-workflow restarted and ready again"));
        assertThat(launcher.console()).contains("order-workflow stopped unexpectedly (killed by SIGKILL); restarting it in 1 s");
        assertThat(Files.readString(dataDir.resolve("logs/order-workflow.log")))
                .contains("order-workflow stopped unexpectedly (killed by SIGKILL); devstack restarts it in 1 s");
        assertThat(Launcher.partPid(dataDir, "order-workflow")).isNotEqualTo(killed);
        for (String[] order : orders) {
            try {
                await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() ->
                        "DELIVERED".equals(status(order)));
            } catch (ConditionTimeoutException notShipped) {
                throw new AssertionError("order " + order[0] + " was not delivered after the restart: " + timeline(order).prettify(),
                        notShipped);
            }
        }
        Launcher.Result status = Launcher.status(List.of("--data-dir", dataDir.toString()));
        assertThat(status.exitStatus()).as(status.output()).isZero();
        assertThat(status.output()).containsPattern("(?m)^  order-workflow .* running \\(restarted 1x\\) +up");
    }

    @Test
    @Order(4)
    void sigtermUnderLoadStopsEveryProcessWithinTheBoundAndFreesEveryPort() throws Exception {
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        String[] shipped = placeOrder(6);
        for (int i = 0; i < 4; i++) {
            Thread client = new Thread(() -> {
                while (loading.get()) {
                    try {
                        // reads, and orders refused for an unknown model (the address's order quota stays for later)
                        given().get(url(1) + "/api/catalog").then().statusCode(200);
                        timeline(shipped);
                        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                                .body(Map.of("model", "no-such-model", "colour", "ink", "storageGb", 64,
                                        "customerEmail", "ada@example.com"))
                                .post(url(1) + "/api/orders").then().statusCode(422);
                        answered.incrementAndGet();
                    } catch (Throwable refusedWhileStopping) {
                        // expected once the stop begins
                    }
                }
            }, "load-" + i);
            client.setDaemon(true);
            client.start();
            clients.add(client);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> answered.get() >= 8);
        List<ProcessHandle> tree = launcher.processTree(dataDir);
        assertThat(tree).hasSizeGreaterThanOrEqualTo(PARTS.size() + 1);

        long t0 = System.nanoTime();
        launcher.process().destroy(); // SIGTERM, as Ctrl-C or a service manager sends
        boolean stopped = launcher.process().waitFor(Stack.STOP_BOUND.toSeconds() + 10, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        loading.set(false);
        for (Thread client : clients) {
            client.join(10_000);
        }

        assertThat(stopped).as("stopped within %s s", Stack.STOP_BOUND.toSeconds() + 10).isTrue();
        System.out.printf("[launcher] stopped under load in %.1f s%n", seconds);
        assertThat(launcher.console()).contains("Stopped. Data kept in " + dataDir);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(tree.stream().filter(Processes::running).map(p -> p.pid() + " " + p.info().commandLine()
                        .orElse("")).toList()).as("processes left behind").isEmpty());
        assertThat(allPorts().stream().filter(Ports::inUse).toList()).as("ports still listening").isEmpty();
        assertThat(Launcher.status(List.of("--data-dir", dataDir.toString())).exitStatus()).isEqualTo(3);
    }

    @Test
    @Order(5)
    void aLauncherKilledWithSigkillLeavesNothingBehindAndTheNextStartSucceedsAtOnce() throws Exception {
        Launcher killed = startAndAwait("killed");
        List<ProcessHandle> tree = killed.processTree(dataDir);

        killed.process().destroyForcibly();
        killed.process().waitFor();
        launcher = startAndAwait("after-sigkill");

        assertThat(tree.stream().filter(Processes::running).map(ProcessHandle::pid).toList())
                .as("processes of the killed launcher").isEmpty();
        Launcher.Result status = Launcher.status(List.of("--data-dir", dataDir.toString()));
        assertThat(status.exitStatus()).as(status.output()).isZero();
        assertThat(status.output()).contains("launcher pid " + launcher.pid());
        String[] order = placeOrder(5);
        try {
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    "DELIVERED".equals(status(order)));
        } catch (ConditionTimeoutException notShipped) {
            throw new AssertionError("order " + order[0] + " was not delivered after the SIGKILL: " + timeline(order).prettify(),
                    notShipped);
        }
    }

    private static Launcher startAndAwait(String name) throws IOException {
        Launcher started = Launcher.start(dataDir.resolve("console-" + name + ".log"), options);
        try {
            await().atMost(START).pollInterval(Duration.ofSeconds(1)).until(() -> {
                if (!started.process().isAlive()) {
                    throw new AssertionError("the launcher exited: " + started.console());
                }
                return started.running();
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("the launcher did not start in " + START + ": " + started.console(), e);
        }
        return started;
    }

    /** A guest's order of the i-th variant of the catalog (one handset per variant): its id and tracking token. */
    private static String[] placeOrder(int i) {
        JsonPath catalog = given().get(url(1) + "/api/catalog").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> variants = new ArrayList<>();
        for (Map<String, Object> model : catalog.<Map<String, Object>>getList("models")) {
            for (Object variant : (List<?>) model.get("variants")) {
                Map<String, Object> withModel = new java.util.HashMap<>((Map<String, Object>) variant);
                withModel.put("model", model.get("code"));
                variants.add(withModel);
            }
        }
        Map<String, Object> variant = variants.get(i % variants.size());
        JsonPath placed = given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("model", variant.get("model"), "colour", variant.get("colour"),
                        "storageGb", variant.get("storageGb"), "customerEmail", "ada@example.com"))
                .post(url(1) + "/api/orders").then().statusCode(201).extract().jsonPath();
        return new String[] {placed.getString("id"), placed.getString("trackingToken")};
    }

    /** The order's status in the workflow; null until the workflow has it. */
    private static String status(String[] order) {
        var response = given().header("Order-Token", order[1]).get(url(2) + "/api/orders/" + order[0] + "/timeline");
        return response.statusCode() == 404 ? null : response.then().statusCode(200).extract().path("status");
    }

    private static JsonPath timeline(String[] order) {
        return given().header("Order-Token", order[1]).get(url(2) + "/api/orders/" + order[0] + "/timeline")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The base URL of the service at this offset from the first HTTP port (1 configurator-api, 2 order-workflow). */
    private static String url(int offset) {
        return "http://127.0.0.1:" + (httpPort + offset);
    }

    private static List<Integer> allPorts() {
        List<Integer> ports = new ArrayList<>(List.of(postgresPort, kafkaPort, kafkaPort + 1));
        IntStream.range(0, SERVICES).forEach(i -> ports.add(httpPort + i));
        IntStream.range(0, HANDSETS).forEach(i -> ports.add(handsetPort + i));
        return ports;
    }
}

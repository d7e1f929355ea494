package com.phonesmith.devstack;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./phonesmith run}: starts the whole system on embedded defaults, prints where everything is, and
 * stops all of it on Ctrl-C. Options: --data-dir DIR, --postgres-port N, --kafka-port N, --http-port N (first
 * of six), --handset-port N (first of the rack), --handsets-per-variant N, --step-duration 2s.
 * The same options can be given as environment variables PHONESMITH_DATA_DIR, PHONESMITH_POSTGRES_PORT, ...
 */
public final class Devstack {
    private Devstack() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("phonesmith.root", ".")).toAbsolutePath().normalize();
        StackConfig config;
        try {
            config = parse(root, args);
        } catch (IllegalArgumentException e) {
            System.err.println("phonesmith run: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.out.println("Starting Phonesmith (data in " + config.dataDir() + ")");
        Stack stack = Stack.create(config, line -> System.out.println("  " + line));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stack.closed()) { // start-up failed, and stopped what it had started
                stopped.countDown();
                return;
            }
            System.out.println("\nStopping Phonesmith (at most " + Stack.STOP_BOUND.toSeconds() + " s)...");
            stack.close();
            System.out.println("Stopped. Data kept in " + config.dataDir());
            stopped.countDown();
        }, "devstack-stop"));
        try {
            stack.startAll();
        } catch (Exception e) {
            System.err.println("phonesmith run: start-up failed: " + e.getMessage());
            System.exit(1);
        }
        printBanner(stack);
        stopped.await();
    }

    private static void printBanner(Stack stack) {
        StackConfig config = stack.config();
        System.out.println();
        System.out.println("Phonesmith is running. Press Ctrl-C to stop.");
        System.out.println("  shop (web)         " + stack.url("web") + "/");
        for (String service : List.of("configurator-api", "order-workflow", "factory-adapter", "os-image-builder",
                "activations")) {
            System.out.printf("  %-18s %s  (OpenAPI: %s/q/openapi, health: %s/q/health)%n", service,
                    stack.url(service), stack.url(service), stack.url(service));
        }
        System.out.println("  PostgreSQL         127.0.0.1:" + config.postgresPort() + " (user postgres)");
        System.out.println("  Kafka              127.0.0.1:" + config.kafkaPort());
        System.out.println("  handsets (fastboot tcp) 127.0.0.1:" + config.firstHandsetPort() + "-"
                + (config.firstHandsetPort() + config.handsetCount() - 1));
        System.out.println("  logs               " + config.dataDir().resolve("logs"));
        System.out.println("  status             ./phonesmith status" + (config.dataDir().equals(
                StackConfig.defaults(config.repoRoot()).dataDir()) ? "" : " --data-dir " + config.dataDir()));
        System.out.println();
        System.out.println("Demo accounts (sign in at " + stack.url("web") + "/login; role, username, password):");
        List<String> accounts = stack.demoAccounts(java.time.Duration.ofSeconds(30));
        if (accounts.isEmpty()) {
            System.out.println("  (none yet: see " + config.dataDir().resolve("demo-accounts.txt") + ")");
        }
        for (String line : accounts) {
            String[] parts = line.split(" ", 3);
            System.out.printf("  %-9s %-18s %s%n", parts[0], parts.length > 1 ? parts[1] : "",
                    parts.length > 2 ? parts[2] : "");
        }
        System.out.println("  API token: curl -s -d grant_type=password -d username=shopper -d password=... "
                + stack.url("web") + "/oauth/token");
    }

    private static final List<String> FLAGS = List.of("--data-dir", "--postgres-port", "--kafka-port", "--http-port",
            "--handset-port", "--handsets-per-variant", "--step-duration");

    static StackConfig parse(Path root, String[] args) {
        for (String arg : args) {
            if (arg.startsWith("--") && FLAGS.stream().noneMatch(f -> arg.equals(f) || arg.startsWith(f + "="))) {
                throw new IllegalArgumentException("unknown option " + arg + "; known: " + String.join(", ", FLAGS));
            }
        }
        StackConfig d = StackConfig.defaults(root);
        Path dataDir = Path.of(option(args, "--data-dir", "PHONESMITH_DATA_DIR", d.dataDir().toString()));
        int postgres = port(option(args, "--postgres-port", "PHONESMITH_POSTGRES_PORT", "" + d.postgresPort()), "--postgres-port");
        int kafka = port(option(args, "--kafka-port", "PHONESMITH_KAFKA_PORT", "" + d.kafkaPort()), "--kafka-port");
        int http = port(option(args, "--http-port", "PHONESMITH_HTTP_PORT", "" + d.httpBasePort()), "--http-port");
        int handset = port(option(args, "--handset-port", "PHONESMITH_HANDSET_PORT", "" + d.firstHandsetPort()), "--handset-port");
        int perVariant = number(option(args, "--handsets-per-variant", "PHONESMITH_HANDSETS_PER_VARIANT",
                "" + d.handsetsPerVariant()), "--handsets-per-variant", 1, 50);
        String step = option(args, "--step-duration", "PHONESMITH_STEP_DURATION", d.stepDuration());
        if (!step.matches("\\d+(\\.\\d+)?(ms|s|m|h)")) {
            throw new IllegalArgumentException("--step-duration must look like 2s, 500ms or 5m, got " + step);
        }
        return new StackConfig(root, dataDir.toAbsolutePath(), postgres, kafka, kafka + 1, handset, perVariant, http, step);
    }

    static String option(String[] args, String flag, String env, String fallback) {
        Deque<String> rest = new ArrayDeque<>(List.of(args));
        while (!rest.isEmpty()) {
            String arg = rest.pop();
            if (arg.equals(flag)) {
                if (rest.isEmpty()) {
                    throw new IllegalArgumentException(flag + " needs a value");
                }
                return rest.pop();
            }
            if (arg.startsWith(flag + "=")) {
                return arg.substring(flag.length() + 1);
            }
        }
        String fromEnv = System.getenv(env);
        return fromEnv == null || fromEnv.isBlank() ? fallback : fromEnv;
    }

    private static int port(String value, String flag) {
        return number(value, flag, 1024, 65000);
    }

    private static int number(String value, String flag, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw new IllegalArgumentException(flag + " must be between " + min + " and " + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be a number, got " + value);
        }
    }
}

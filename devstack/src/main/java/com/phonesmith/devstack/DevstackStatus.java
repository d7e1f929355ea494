package com.phonesmith.devstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * {@code ./phonesmith status [--data-dir DIR]}: what the stack of a data folder runs, on which ports, and how
 * each part is, asked of the part itself (PostgreSQL's data folder, Kafka's cluster id, the handsets' ports,
 * each service's {@code /q/health}). Exit status 0 when all is well, 1 when a part is not, 3 when nothing runs.
 */
public final class DevstackStatus {
    static final int ALL_WELL = 0;
    static final int SOMETHING_WRONG = 1;
    static final int NOT_RUNNING = 3;

    private DevstackStatus() {
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("phonesmith.root", ".")).toAbsolutePath().normalize();
        Path dataDir = Path.of(Devstack.option(args, "--data-dir", "PHONESMITH_DATA_DIR",
                StackConfig.defaults(root).dataDir().toString())).toAbsolutePath().normalize();
        StringBuilder out = new StringBuilder();
        int status = report(dataDir, out);
        System.out.print(out);
        System.exit(status);
    }

    static int report(Path dataDir, StringBuilder out) {
        StackState state = StackState.read(dataDir).orElse(null);
        if (state == null || !state.launcherAlive()) {
            out.append("Phonesmith is not running with data folder ").append(dataDir).append('\n');
            if (state != null) {
                List<StackState.Part> leftovers = state.parts().stream().filter(StackState.Part::alive).toList();
                leftovers.forEach(p -> out.append("  left behind by a killed launcher: ").append(p.name())
                        .append(" (pid ").append(p.pid()).append("); the next ./phonesmith run stops it\n"));
            }
            return NOT_RUNNING;
        }
        out.append("Phonesmith is running: launcher pid ").append(state.launcherPid()).append(" since ")
                .append(state.launcherStarted()).append(", data folder ").append(state.dataDir()).append('\n');
        out.append(String.format("  %-18s %-8s %-13s %-24s %s%n", "PART", "PID", "PORTS", "STATE", "HEALTH"));
        boolean allWell = true;
        for (StackState.Part part : state.parts()) {
            String health = part.alive() ? health(part, state.dataDir()) : "process gone";
            boolean well = part.alive() && "running".equals(part.state()) && health.startsWith("up");
            allWell &= well;
            String supervision = part.state() + (part.restarts() > 0 ? " (restarted " + part.restarts() + "x)" : "");
            out.append(String.format("  %-18s %-8d %-13s %-24s %s%n", part.name(), part.pid(), part.ports(),
                    supervision, health));
            if (!well && part.lastExit() != null && !part.lastExit().isBlank()) {
                out.append("      last stop: ").append(part.lastExit()).append("; log: ")
                        .append(state.dataDir().resolve("logs")).append('\n');
            }
        }
        return allWell ? ALL_WELL : SOMETHING_WRONG;
    }

    private static String health(StackState.Part part, Path dataDir) {
        try {
            return switch (part.name()) {
                case "postgresql" -> postgres(Integer.parseInt(part.ports()), dataDir.resolve("postgres"));
                case "kafka" -> kafka(Integer.parseInt(part.ports().split(",")[0]), dataDir.resolve("kafka"));
                case "handset-rack" -> handsets(part.ports());
                default -> service(Integer.parseInt(part.ports()));
            };
        } catch (Exception e) {
            return "down: " + e.getMessage();
        }
    }

    private static String postgres(int port, Path ours) throws Exception {
        Properties credentials = new Properties();
        credentials.setProperty("user", PostgresServer.USER);
        credentials.setProperty("connectTimeout", "3");
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                credentials); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("show data_directory")) {
            rows.next();
            Path theirs = Path.of(rows.getString(1));
            return Files.isSameFile(theirs, ours) ? "up (its data folder is this stack's)"
                    : "DOWN: the server on this port is another stack's (" + theirs + ")";
        }
    }

    private static String kafka(int port, Path dataDir) throws Exception {
        Properties meta = new Properties();
        try (InputStream in = Files.newInputStream(KafkaBrokerMain.metaProperties(dataDir))) {
            meta.load(in);
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4000))) {
            String clusterId = admin.describeCluster().clusterId().get(5, TimeUnit.SECONDS);
            return clusterId.equals(meta.getProperty("cluster.id")) ? "up (cluster " + clusterId + ", this stack's)"
                    : "DOWN: the broker on this port is another stack's (cluster " + clusterId + ")";
        }
    }

    private static String handsets(String range) {
        String[] bounds = range.split("-");
        int first = Integer.parseInt(bounds[0]);
        int last = Integer.parseInt(bounds[1]);
        int listening = 0;
        for (int port = first; port <= last; port++) {
            listening += Ports.inUse(port) ? 1 : 0;
        }
        int total = last - first + 1;
        return (listening == total ? "up (" : "DOWN (") + listening + " of " + total + " handsets listening)";
    }

    private static String service(int port) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/q/health")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
            return "up";
        }
        return "DOWN (/q/health answered " + health.statusCode() + ": " + downChecks(health.body()) + ")";
    }

    /** The names of the checks that are DOWN in a SmallRye Health answer. */
    static String downChecks(String body) {
        try {
            List<String> down = new java.util.ArrayList<>();
            new ObjectMapper().readTree(body).path("checks").forEach(check -> {
                if ("DOWN".equals(check.path("status").asText())) {
                    down.add(check.path("name").asText());
                }
            });
            return down.isEmpty() ? "see its log" : String.join(", ", down);
        } catch (IOException e) {
            return "see its log";
        }
    }
}

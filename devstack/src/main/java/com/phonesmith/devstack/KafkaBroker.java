package com.phonesmith.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A real Kafka broker in a child JVM, with the same classpath as this one. Each data folder has its own cluster
 * id, and the broker that answers on our port must have it: another stack's broker is refused.
 */
public final class KafkaBroker implements AutoCloseable, SupervisedPart {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final Path logFile;
    private volatile ChildJvm process;

    private KafkaBroker(Path dataDir, int port, int controllerPort, Path logFile) {
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.logFile = logFile;
    }

    public static KafkaBroker start(Path dataDir, int port, int controllerPort, Path logFile) throws IOException {
        KafkaBroker broker = new KafkaBroker(dataDir, port, controllerPort, logFile);
        broker.launch();
        return broker;
    }

    private void launch() throws IOException {
        ChildJvm child = ChildJvm.startMain("kafka", System.getProperty("java.class.path"),
                List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                        "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                        "-Dlogging.configuration=" + KafkaBroker.class.getResource("/kafka-logging.properties")),
                KafkaBrokerMain.class.getName(),
                List.of(dataDir.toString(), Integer.toString(port), Integer.toString(controllerPort)), logFile);
        process = child;
        try {
            awaitOwnBroker(child);
        } catch (RuntimeException e) {
            child.stop(Duration.ofSeconds(2)); // a broker that failed to start has nothing to finish
            throw new IllegalStateException(e.getMessage() + " (see " + logFile + ")", e);
        }
    }

    public int port() {
        return port;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** The cluster id our broker formatted its storage with (see {@link KafkaBrokerMain}), once it has. */
    private Optional<String> ownClusterId() {
        Path meta = KafkaBrokerMain.metaProperties(dataDir);
        if (!Files.exists(meta)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(meta)) {
            properties.load(in);
        } catch (IOException e) {
            return Optional.empty(); // being written
        }
        return Optional.ofNullable(properties.getProperty("cluster.id"));
    }

    /**
     * Waits until the broker answering on our port is ours: its cluster id is the one our child formatted this
     * folder's storage with (which it does before it listens). Another stack's broker is refused.
     */
    private void awaitOwnBroker(ChildJvm child) {
        Ports.awaitOpen(port, READY_TIMEOUT, child);
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000))) {
            while (Instant.now().isBefore(deadline)) {
                Optional<String> answering = clusterIdOnPort(admin);
                Optional<String> ours = ownClusterId();
                if (answering.isPresent() && answering.equals(ours)) {
                    return;
                }
                if (answering.isPresent() && (ours.isPresent() || !child.isAlive())) {
                    throw new IllegalStateException("the Kafka broker answering on port " + port + " is not this"
                            + " stack's: its cluster id is " + answering.get() + ", this data folder's is "
                            + ours.orElse("(none yet)") + "; stop that broker, or give this stack another port");
                }
                if (!child.isAlive()) {
                    throw new IllegalStateException("Kafka broker exited during start-up");
                }
                Sleep.millis(300);
            }
        }
        throw new IllegalStateException("Kafka broker not ready after " + READY_TIMEOUT);
    }

    private static Optional<String> clusterIdOnPort(Admin admin) {
        try {
            admin.describeCluster().nodes().get(10, TimeUnit.SECONDS);
            return Optional.of(admin.describeCluster().clusterId().get(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public CompletableFuture<String> ended() {
        return process.ended();
    }

    @Override
    public void restart() throws IOException {
        launch();
    }

    @Override
    public Path log() {
        return logFile;
    }

    /** Asks the broker to stop without waiting (its standard input closed). */
    public void requestStop() {
        process.requestStop();
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(15));
    }
}

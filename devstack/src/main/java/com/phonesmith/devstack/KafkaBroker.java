package com.phonesmith.devstack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** A real Kafka broker in a child JVM, with the same classpath as this one. */
public final class KafkaBroker implements AutoCloseable {
    private final ChildJvm process;
    private final int port;

    private KafkaBroker(ChildJvm process, int port) {
        this.process = process;
        this.port = port;
    }

    public static KafkaBroker start(Path dataDir, int port, int controllerPort, Path logFile) throws IOException {
        ChildJvm process = ChildJvm.startMain("kafka", System.getProperty("java.class.path"),
                List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                        "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                        "-Dlogging.configuration=" + KafkaBroker.class.getResource("/kafka-logging.properties")),
                KafkaBrokerMain.class.getName(),
                List.of(dataDir.toString(), Integer.toString(port), Integer.toString(controllerPort)), logFile);
        KafkaBroker broker = new KafkaBroker(process, port);
        try {
            broker.awaitReady(Duration.ofSeconds(90));
        } catch (RuntimeException e) {
            process.close();
            throw new IllegalStateException(e.getMessage() + " (see " + logFile + ")", e);
        }
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    private void awaitReady(Duration timeout) {
        Ports.awaitOpen(port, timeout, process);
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000))) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka broker exited during start-up");
                }
                try {
                    admin.describeCluster().nodes().get(10, TimeUnit.SECONDS);
                    return;
                } catch (Exception e) {
                    Sleep.millis(300);
                }
            }
        }
        throw new IllegalStateException("Kafka broker not ready after " + timeout);
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(15));
    }
}

package com.phonesmith.devstack.testing;

import com.phonesmith.devstack.Durability;
import com.phonesmith.devstack.KafkaBroker;
import com.phonesmith.devstack.Ports;
import com.phonesmith.devstack.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The real PostgreSQL and Kafka of one test JVM, started on first use on free ports in a fresh folder,
 * stopped and deleted when the JVM exits.
 */
public final class TestInfrastructure {
    private static TestInfrastructure instance;

    private final Path dataDir;
    private final PostgresServer postgres;
    private final KafkaBroker kafka;

    private TestInfrastructure(Path dataDir, PostgresServer postgres, KafkaBroker kafka) {
        this.dataDir = dataDir;
        this.postgres = postgres;
        this.kafka = kafka;
    }

    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "test-infrastructure-stop"));
        }
        return instance;
    }

    private static TestInfrastructure start() {
        try {
            Path dataDir = Files.createTempDirectory("phonesmith-test-");
            // relaxed durability: these databases are deleted when the JVM exits, so a crash can lose nothing of value
            PostgresServer postgres = PostgresServer.start(dataDir.resolve("postgres"), Ports.free(),
                    Durability.RELAXED_FOR_TESTS, dataDir.resolve("postgresql.log"));
            KafkaBroker kafka = KafkaBroker.start(dataDir.resolve("kafka"), Ports.free(), Ports.free(),
                    dataDir.resolve("kafka.log"));
            return new TestInfrastructure(dataDir, postgres, kafka);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test PostgreSQL and Kafka", e);
        }
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public Path dataDir() {
        return dataDir;
    }

    private void stop() {
        kafka.close();
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the folder is removed below either way
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}

package com.phonesmith.devstack.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL database of its own and the real Kafka broker, and makes the
 * service trust the signing key of {@link TestTokens} (as it trusts web's in production).
 * Init arg {@code database} names the service's database.
 */
public class PhonesmithTestResource implements QuarkusTestResourceLifecycleManager {
    private String database = "service";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        infrastructure.postgres().ensureDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", infrastructure.postgres().jdbcUrl(database),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "kafka.bootstrap.servers", infrastructure.kafka().bootstrapServers(),
                "phonesmith.token-trust.keys-url", TestTokens.get().jwksFile().toUri().toString(),
                "phonesmith.token-trust.issuer", TestTokens.ISSUER,
                "phonesmith.token-trust.audience", TestTokens.AUDIENCE);
    }

    @Override
    public void stop() {
        // shared by every test of this JVM; stopped when the JVM exits
    }
}

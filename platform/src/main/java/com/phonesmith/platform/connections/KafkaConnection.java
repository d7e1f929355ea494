package com.phonesmith.platform.connections;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/**
 * The broker every service talks to, declared as required so that a start without it fails at once, naming
 * the missing value (in production the {@code KAFKA_BOOTSTRAP_SERVERS} variable), instead of the Kafka
 * connector quietly trying localhost:9092.
 */
@ConfigMapping(prefix = "kafka")
public interface KafkaConnection {
    @WithName("bootstrap.servers")
    String bootstrapServers();
}

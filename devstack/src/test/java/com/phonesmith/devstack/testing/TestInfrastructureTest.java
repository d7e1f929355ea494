package com.phonesmith.devstack.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class TestInfrastructureTest {

    @Test
    void aServiceDatabaseCanBeCreatedTwiceAndUsed() throws Exception {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        infrastructure.postgres().ensureDatabase("sample");
        infrastructure.postgres().ensureDatabase("sample");
        try (Connection connection = DriverManager.getConnection(infrastructure.postgres().jdbcUrl("sample"),
                "postgres", "postgres"); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists greeting (text varchar(20))");
            statement.execute("insert into greeting values ('hello')");
            try (ResultSet rows = statement.executeQuery("select count(*) from greeting")) {
                rows.next();
                assertThat(rows.getInt(1)).isPositive();
            }
        }
    }

    @Test
    void aMessageSentToTheBrokerComesBackToAConsumer() throws Exception {
        String bootstrap = TestInfrastructure.get().kafka().bootstrapServers();
        String topic = "roundtrip-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "order-1", "placed")).get();
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "roundtrip",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            ConsumerRecord<String, String> received = null;
            long deadline = System.currentTimeMillis() + 30_000;
            while (received == null && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    received = record;
                }
            }
            assertThat(received).isNotNull();
            assertThat(received.key()).isEqualTo("order-1");
            assertThat(received.value()).isEqualTo("placed");
        }
    }
}

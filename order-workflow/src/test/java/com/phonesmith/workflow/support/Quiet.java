package com.phonesmith.workflow.support;

import com.phonesmith.contracts.Topics;
import com.phonesmith.devstack.testing.TestInfrastructure;
import com.phonesmith.workflow.process.OrderProcess;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Shows that something did NOT happen for an order without waiting a fixed time: waits until order-workflow is
 * provably quiet for the order, then reads a topic up to its end.
 *
 * <p>Quiet means, checked in this order after the service's consumers have committed every message that was on its
 * input topics when the check began:
 * <ol>
 * <li>no job of the order's process is executable now (timers due later, such as the overdue bounds of hours or the
 * promise's days, are not "now": nothing in these tests is due within seconds);</li>
 * <li>the outbox holds no unsent row for the order (what was relayed is on its topic, acknowledged);</li>
 * <li>the input topics have not grown since (the service's own events, e.g. OrderAtRisk on orders.events, are an
 * input too: when they have, the whole check runs again).</li>
 * </ol>
 * Every command is written through the outbox in the transaction of the message, REST call or job that causes it, and
 * a dead letter is produced before its message's offset is committed, so once quiet, reading a topic up to its end
 * offsets (taken then) sees everything the service will send for the order until the test acts again.
 *
 * <p>The consumers commit processed offsets every {@code auto.commit.interval.ms}, 100 ms in the test profile.
 */
public final class Quiet {
    /** The topics order-workflow's consumer group "order-workflow" reads. */
    private static final List<String> INPUTS = List.of(Topics.ORDERS_EVENTS, Topics.IMAGES_EVENTS,
            Topics.FACTORY_EVENTS);
    private static final String GROUP = "order-workflow";
    private static final Duration POLL = Duration.ofMillis(50);
    private static Admin admin;

    private Quiet() {
    }

    /** Waits (at most {@link EventTraffic#WAIT}) until order-workflow has nothing left to do for the order now. */
    public static void await(String orderId) {
        long deadline = System.nanoTime() + EventTraffic.WAIT.toNanos();
        while (true) {
            Map<TopicPartition, Long> inputEnds = endOffsets(INPUTS);
            until(deadline, "order-workflow to commit its input up to " + inputEnds, () -> consumedUpTo(inputEnds));
            until(deadline, "no job due now for " + orderId, () -> dueJobs(orderId) == 0);
            until(deadline, "no unsent outbox row for " + orderId, () -> unsentOutboxRows(orderId) == 0);
            if (endOffsets(INPUTS).equals(inputEnds)) {
                return;
            }
        }
    }

    /** Waits until quiet for the order, then returns every record of the topic (up to its end now) it matches. */
    public static List<ConsumerRecord<String, String>> recordsOf(String orderId, String topic) {
        await(orderId);
        return recordsUpToEnd(topic, orderId);
    }

    /** Every record with this key on the topic, from its beginning to the end offsets it has as this is called. */
    static List<ConsumerRecord<String, String>> recordsUpToEnd(String topic, String key) {
        Map<TopicPartition, Long> ends = endOffsets(List.of(topic));
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(ends.keySet());
            consumer.seekToBeginning(ends.keySet());
            long deadline = System.nanoTime() + EventTraffic.WAIT.toNanos();
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " up to " + ends);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < ends.get(partition) && key.equals(record.key())) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }

    private static boolean consumedUpTo(Map<TopicPartition, Long> ends) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin().listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
        return ends.entrySet().stream().allMatch(end -> {
            OffsetAndMetadata offset = committed.get(end.getKey());
            return end.getValue() == 0 || (offset != null && offset.offset() >= end.getValue());
        });
    }

    /** Jobs of the order's process that are executable now (running ones stay in the table until they commit). */
    private static long dueJobs(String orderId) {
        RuntimeService runtime = Arc.container().instance(RuntimeService.class).get();
        ManagementService management = Arc.container().instance(ManagementService.class).get();
        long due = 0;
        for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                .processDefinitionKey(OrderProcess.PROCESS_KEY).processInstanceBusinessKey(orderId).list()) {
            due += management.createJobQuery().processInstanceId(instance.getId()).executable().count();
        }
        return due;
    }

    private static long unsentOutboxRows(String orderId) throws SQLException {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select count(*) from outbox_message where message_key = ? and sent_at is null")) {
            query.setString(1, orderId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Map<TopicPartition, Long> endOffsets(List<String> topics) {
        try {
            Map<TopicPartition, OffsetSpec> latest = admin().describeTopics(topics).allTopicNames().get().values()
                    .stream()
                    .flatMap(t -> t.partitions().stream().map(p -> new TopicPartition(t.name(), p.partition())))
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            return admin().listOffsets(latest).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the end offsets of " + topics, e.getCause());
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private static void until(long deadline, String what, Check check) {
        try {
            while (!check.holds()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("order-workflow did not become quiet within " + EventTraffic.WAIT
                            + ": waiting for " + what);
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (AssertionError | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot check " + what, e);
        }
    }

    private static synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()));
        }
        return admin;
    }

    private static String bootstrap() {
        return TestInfrastructure.get().kafka().bootstrapServers();
    }
}

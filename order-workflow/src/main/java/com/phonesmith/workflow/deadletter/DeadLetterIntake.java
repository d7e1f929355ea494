package com.phonesmith.workflow.deadletter;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the dead-letter topic of every service (group "order-workflow-support") into {@link DeadLetters}. A record
 * that cannot be stored (the database is down) stops the channel instead of being skipped: nothing is lost, and the
 * service's health says so until it is restarted.
 */
@ApplicationScoped
public class DeadLetterIntake {
    private final DeadLetters deadLetters;

    public DeadLetterIntake(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Incoming("dead-letters")
    @Blocking
    public void onDeadLetter(ConsumerRecord<String, String> record) {
        deadLetters.keep(new DeadLetters.Received(record.partition(), record.offset(), header(record, "dead-letter-topic"),
                number(header(record, "dead-letter-partition")), number(header(record, "dead-letter-offset")),
                record.key(), record.value(), reason(record)));
    }

    private static String reason(ConsumerRecord<String, String> record) {
        String reason = header(record, "dead-letter-reason");
        String cause = header(record, "dead-letter-cause");
        if (reason == null || reason.isBlank()) {
            reason = "no reason given";
        }
        return cause == null || cause.isBlank() || reason.contains(cause) ? reason : reason + " (cause: " + cause + ")";
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package com.phonesmith.workflow.messaging;

import com.phonesmith.platform.inbox.Inbox;
import com.phonesmith.workflow.process.ProcessBusyException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Handles one Kafka message idempotently (inbox, consumer "order-workflow") in a transaction of its own.
 * When the message collides with a concurrent change of the same process instance, the whole transaction
 * is rolled back and tried again, a bounded number of times; every other failure is thrown at once, so
 * the message goes to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class MessageIntake {
    public static final String CONSUMER = "order-workflow";
    private static final Logger LOG = Logger.getLogger(MessageIntake.class);

    private final Inbox inbox;
    private final WorkflowEvents events;
    private final WorkflowConfig config;
    private final Counter conflicts;

    public MessageIntake(Inbox inbox, WorkflowEvents events, WorkflowConfig config, MeterRegistry meters) {
        this.inbox = inbox;
        this.events = events;
        this.config = config;
        this.conflicts = Counter.builder("workflow.message.conflicts")
                .description("messages rolled back and tried again after a concurrent change of their process")
                .register(meters);
    }

    public void receive(String json) {
        int attempts = Math.max(1, config.conflictAttempts());
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> inbox.handle(CONSUMER, json, events::apply));
                return;
            } catch (RuntimeException e) {
                ProcessBusyException busy = busyCause(e);
                if (busy == null || attempt >= attempts) {
                    throw e;
                }
                conflicts.increment();
                LOG.infof("attempt %d of %d collided, trying again: %s", attempt, attempts, busy.getMessage());
            }
        }
    }

    static ProcessBusyException busyCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProcessBusyException busy) {
                return busy;
            }
        }
        return null;
    }
}

package com.phonesmith.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Drains the outbox: relays batches until none is full, then waits for the next tick. */
@ApplicationScoped
public class OutboxRelayJob {
    private static final Logger LOG = Logger.getLogger(OutboxRelayJob.class);

    private final OutboxRelay relay;
    private final OutboxConfig config;

    public OutboxRelayJob(PanacheOutboxStore store, KafkaMessagePublisher publisher, OutboxConfig config) {
        this.relay = new OutboxRelay(store, publisher, config.batchSize(), config.ackTimeout());
        this.config = config;
    }

    @Scheduled(every = "${phonesmith.outbox.poll-interval}", delayed = "${phonesmith.outbox.initial-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drain() {
        try {
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().call(relay::relayBatch);
            } while (sent == config.batchSize());
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay pass failed, will retry: %s", e.getMessage());
        }
    }
}

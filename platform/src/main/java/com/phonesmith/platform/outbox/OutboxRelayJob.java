package com.phonesmith.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Drains the outbox on a thread of its own: relays batches while they come back full, then polls again
 * after a short pause (the Quarkus scheduler cannot tick faster than once a second, which would add up to a
 * second to every hop of an order).
 */
@ApplicationScoped
public class OutboxRelayJob {
    private static final Logger LOG = Logger.getLogger(OutboxRelayJob.class);
    private static final Duration BACKOFF_AFTER_FAILURE = Duration.ofSeconds(1);

    private final OutboxRelay relay;
    private final OutboxConfig config;
    private volatile boolean running;
    private Thread thread;

    public OutboxRelayJob(PanacheOutboxStore store, KafkaMessagePublisher publisher, OutboxConfig config) {
        this.relay = new OutboxRelay(store, publisher, config.batchSize(), config.ackTimeout());
        this.config = config;
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(config.ackTimeout().toMillis());
        }
    }

    private void loop() {
        if (!pause(config.initialDelay())) {
            return;
        }
        while (running) {
            Duration next = config.pollInterval();
            try {
                if (drainOnce() == config.batchSize()) {
                    next = Duration.ZERO;
                }
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("outbox relay pass failed, will retry: %s", e.getMessage());
                next = BACKOFF_AFTER_FAILURE;
            }
            if (!pause(next)) {
                return;
            }
        }
    }

    /** One relay pass in its own transaction; returns how many messages were acknowledged. */
    public int drainOnce() {
        return QuarkusTransaction.requiringNew().call(relay::relayBatch);
    }

    private boolean pause(Duration duration) {
        if (duration.isZero()) {
            return running;
        }
        try {
            Thread.sleep(duration.toMillis());
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

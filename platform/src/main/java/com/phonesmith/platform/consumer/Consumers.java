package com.phonesmith.platform.consumer;

import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventCodec;
import com.phonesmith.platform.inbox.Inbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BiConsumer;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * The one way a service consumes a Kafka message, called from its {@code @Incoming @Blocking} method (which is not
 * {@code @Transactional} itself):
 * <ol>
 * <li>the message is parsed; one the codec cannot read is thrown at once, so SmallRye's dead-letter strategy sends it
 * to {@code dead-letters} with the reason;</li>
 * <li>an event of a type the subscription does not take is passed over, with no transaction and no inbox row;</li>
 * <li>the order id goes into the log context ({@code %X{orderId}}) while the message is handled;</li>
 * <li>the effect runs in a transaction of its own with the inbox row ({@link Inbox}), so a repeat has no effect;</li>
 * <li>a transient failure (or one the subscription names) rolls that transaction back and tries again, a bounded
 * number of times with a short backoff; the last failure, or any other, is thrown: a dead letter.</li>
 * </ol>
 */
@ApplicationScoped
public class Consumers {
    private static final Logger LOG = Logger.getLogger(Consumers.class);
    static final long BACKOFF_MILLIS = 50;

    private final Inbox inbox;
    private final EventCodec codec;

    public Consumers(Inbox inbox, EventCodec codec) {
        this.inbox = inbox;
        this.codec = codec;
    }

    /** Handles one message; returns whether the effect ran (false: another type, or a repeat). */
    public boolean consume(Subscription subscription, String json, BiConsumer<Envelope, Event> effect) {
        Envelope envelope = codec.parse(json);
        if (!subscription.takes(envelope.type())) {
            return false;
        }
        String previousOrderId = (String) MDC.get("orderId");
        if (envelope.orderId() != null) {
            MDC.put("orderId", envelope.orderId());
        }
        try {
            return handleWithRetries(subscription, envelope, effect);
        } finally {
            if (previousOrderId == null) {
                MDC.remove("orderId");
            } else {
                MDC.put("orderId", previousOrderId);
            }
        }
    }

    private boolean handleWithRetries(Subscription subscription, Envelope envelope,
            BiConsumer<Envelope, Event> effect) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew()
                        .call(() -> inbox.handle(subscription.consumer(), envelope, effect));
            } catch (RuntimeException failure) {
                if (attempt >= subscription.attempts() || !subscription.worthRetrying(failure)) {
                    throw failure;
                }
                subscription.onRetry().accept(failure);
                LOG.infof("%s: attempt %d of %d failed, trying again: %s", subscription.consumer(), attempt,
                        subscription.attempts(), failure.getMessage());
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(BACKOFF_MILLIS * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted between attempts", e);
        }
    }
}

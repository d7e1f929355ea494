package com.phonesmith.platform.app;

import com.phonesmith.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A consumer of the platform test app: handles envelopes idempotently, so anything else dead-letters. */
@ApplicationScoped
public class PoisonConsumer {
    private final Inbox inbox;
    private final List<String> handled = new CopyOnWriteArrayList<>();

    public PoisonConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("poison-test")
    @Blocking
    @Transactional
    public void consume(String json) {
        inbox.handle("platform-test", json, (envelope, event) -> handled.add(event.orderId()));
    }

    public List<String> handled() {
        return handled;
    }
}

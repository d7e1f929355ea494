package com.phonesmith.platform.app;

import com.phonesmith.contracts.events.Packed;
import com.phonesmith.platform.consumer.Consumers;
import com.phonesmith.platform.consumer.Subscription;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A consumer of the platform test app, written as services write theirs: anything unreadable dead-letters. */
@ApplicationScoped
public class PoisonConsumer {
    private static final Subscription PACKED = Subscription.of("platform-test", Packed.class);

    private final Consumers consumers;
    private final List<String> handled = new CopyOnWriteArrayList<>();

    public PoisonConsumer(Consumers consumers) {
        this.consumers = consumers;
    }

    @Incoming("poison-test")
    @Blocking
    public void consume(String json) {
        consumers.consume(PACKED, json, (envelope, event) -> handled.add(event.orderId()));
    }

    public List<String> handled() {
        return handled;
    }
}

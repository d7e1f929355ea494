package com.phonesmith.images.build;

import com.phonesmith.contracts.events.BuildImage;
import com.phonesmith.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.MDC;

/**
 * Handles BuildImage commands from workflow.commands, once per message id. Builds take well under a
 * second, so they run right here, in the consumer's transaction.
 */
@ApplicationScoped
public class BuildImageConsumer {
    static final String CONSUMER = "os-image-builder";

    private final Inbox inbox;
    private final ImageBuildService builds;

    public BuildImageConsumer(Inbox inbox, ImageBuildService builds) {
        this.inbox = inbox;
        this.builds = builds;
    }

    @Incoming("workflow-commands")
    @Blocking
    @Transactional
    public void onMessage(String json) {
        inbox.handle(CONSUMER, json, (envelope, event) -> {
            // other command types on the topic are not for this service (recorded as handled all the same)
            if (event instanceof BuildImage command) {
                MDC.put("orderId", envelope.orderId());
                try {
                    builds.build(command);
                } finally {
                    MDC.remove("orderId");
                }
            }
        });
    }
}

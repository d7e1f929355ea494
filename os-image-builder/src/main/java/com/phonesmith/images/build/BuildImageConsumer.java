package com.phonesmith.images.build;

import com.phonesmith.contracts.events.BuildImage;
import com.phonesmith.platform.consumer.Consumers;
import com.phonesmith.platform.consumer.Subscription;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Handles BuildImage commands from workflow.commands, once per message id; the topic's other commands are for
 * other services and are passed over. Builds take well under a second, so they run right here, in the consumer's
 * transaction.
 */
@ApplicationScoped
public class BuildImageConsumer {
    static final String CONSUMER = "os-image-builder";
    private static final Subscription BUILDS = Subscription.of(CONSUMER, BuildImage.class);

    private final Consumers consumers;
    private final ImageBuildService builds;

    public BuildImageConsumer(Consumers consumers, ImageBuildService builds) {
        this.consumers = consumers;
        this.builds = builds;
    }

    @Incoming("workflow-commands")
    @Blocking
    public void onMessage(String json) {
        consumers.consume(BUILDS, json, (envelope, event) -> builds.build((BuildImage) event));
    }
}

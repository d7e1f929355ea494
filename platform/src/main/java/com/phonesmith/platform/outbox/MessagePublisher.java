package com.phonesmith.platform.outbox;

import java.util.concurrent.CompletionStage;

/** Sends one message to the broker; the stage completes when the broker has acknowledged it. */
public interface MessagePublisher {
    CompletionStage<Void> publish(String topic, String key, String payload);
}

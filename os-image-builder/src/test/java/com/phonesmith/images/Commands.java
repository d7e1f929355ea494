package com.phonesmith.images;

import com.phonesmith.contracts.Event;
import com.phonesmith.contracts.EventCodec;
import com.phonesmith.contracts.Topics;
import com.phonesmith.devstack.testing.KafkaProbe;
import java.time.Instant;
import java.util.UUID;

/** Sends commands to workflow.commands as order-workflow would: an envelope keyed by the order id. */
public final class Commands {
    private static final EventCodec CODEC = EventCodec.withAllKnownTypes();

    private Commands() {
    }

    /** Sends the command as a new message and answers its message id. */
    public static UUID send(Event command) {
        UUID id = UUID.randomUUID();
        send(command, id);
        return id;
    }

    /** Sends the command with this message id (the same id twice is a redelivery). */
    public static void send(Event command, UUID messageId) {
        KafkaProbe.send(Topics.WORKFLOW_COMMANDS, command.orderId(),
                CODEC.toJson(CODEC.wrap(command, messageId, Instant.now())));
    }
}

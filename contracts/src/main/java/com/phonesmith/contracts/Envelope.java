package com.phonesmith.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * The wire form of every Kafka message: who it is (type, version), which message (id, for idempotent
 * consumers), when it happened, which order it belongs to (also the Kafka key), and the payload.
 */
public record Envelope(String type, int version, UUID id, Instant occurredAt, String orderId, JsonNode payload) {
}

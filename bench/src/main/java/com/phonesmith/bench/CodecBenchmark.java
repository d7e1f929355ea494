package com.phonesmith.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.EventCodec;
import com.phonesmith.contracts.events.OrderPlaced;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Envelope encode/decode of an OrderPlaced, against plain Jackson on the bare record (the floor). */
@State(Scope.Benchmark)
public class CodecBenchmark {
    private final EventCodec codec = EventCodec.withAllKnownTypes();
    private final ObjectMapper plain = new ObjectMapper().registerModule(new JavaTimeModule());
    private final OrderPlaced event = new OrderPlaced(UUID.randomUUID().toString(), "lumo", "lumo-pro", "sand", 256,
            List.of("microg", "privacy-dns"), List.of("firefox", "signal", "osmand"), 54900, "EUR", "ada@example.com",
            Instant.parse("2026-11-25T10:00:00Z"));
    private final String envelopeJson = codec.toJson(codec.wrap(event, UUID.randomUUID(), Instant.now()));
    private final String plainJson;

    public CodecBenchmark() {
        try {
            plainJson = plain.writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Benchmark
    public String envelopeEncode() {
        return codec.toJson(codec.wrap(event, UUID.randomUUID(), Instant.now()));
    }

    @Benchmark
    public Object envelopeDecode() {
        Envelope envelope = codec.parse(envelopeJson);
        return codec.payloadOf(envelope);
    }

    @Benchmark
    public String plainJacksonEncode() throws Exception {
        return plain.writeValueAsString(event);
    }

    @Benchmark
    public Object plainJacksonDecode() throws Exception {
        return plain.readValue(plainJson, OrderPlaced.class);
    }
}

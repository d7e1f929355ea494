package com.phonesmith.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns events into envelopes and JSON and back. Readers register the versions they understand; a
 * message of an unregistered type or version is refused with {@link UnknownEventException} (so it goes to
 * the dead-letter topic), while fields added within a version are ignored, so old readers keep working.
 */
public final class EventCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final ClassValue<EventType> TYPES = new ClassValue<>() {
        @Override
        protected EventType computeValue(Class<?> eventClass) {
            EventType type = eventClass.getAnnotation(EventType.class);
            if (type == null) {
                throw new IllegalArgumentException(eventClass.getName() + " has no @EventType");
            }
            return type;
        }
    };

    private final Map<String, Class<? extends Event>> byTypeAndVersion = new ConcurrentHashMap<>();

    /** A codec that knows every event type of this contracts version. */
    public static EventCodec withAllKnownTypes() {
        EventCodec codec = new EventCodec();
        Events.ALL.forEach(codec::register);
        return codec;
    }

    public EventCodec register(Class<? extends Event> eventClass) {
        EventType type = typeOf(eventClass);
        byTypeAndVersion.put(key(type.name(), type.version()), eventClass);
        return this;
    }

    public static EventType typeOf(Class<? extends Event> eventClass) {
        return TYPES.get(eventClass);
    }

    public Envelope wrap(Event event, UUID id, Instant occurredAt) {
        Objects.requireNonNull(event.orderId(), "orderId");
        EventType type = typeOf(event.getClass());
        return new Envelope(type.name(), type.version(), id, occurredAt, event.orderId(),
                MAPPER.valueToTree(event));
    }

    public String toJson(Envelope envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise envelope " + envelope.id(), e);
        }
    }

    /**
     * The JSON of the envelope {@link #wrap} would make, written straight from the event: for a producer that needs
     * only the text, without building the payload's tree first.
     */
    public String toJson(Event event, UUID id, Instant occurredAt) {
        Objects.requireNonNull(event.orderId(), "orderId");
        EventType type = typeOf(event.getClass());
        try {
            return MAPPER.writeValueAsString(new Wire(type.name(), type.version(), id, occurredAt, event.orderId(), event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise envelope " + id, e);
        }
    }

    /** {@link Envelope}'s fields in its order, with the payload still the event. */
    private record Wire(String type, int version, UUID id, Instant occurredAt, String orderId, Event payload) {
    }

    public Envelope parse(String json) {
        try {
            Envelope envelope = MAPPER.readValue(json, Envelope.class);
            if (envelope.type() == null || envelope.id() == null || envelope.payload() == null) {
                throw new UnknownEventException("message lacks type, id or payload");
            }
            return envelope;
        } catch (JsonProcessingException e) {
            throw new UnknownEventException("message is not a valid envelope: " + e.getOriginalMessage(), e);
        }
    }

    public boolean knows(Envelope envelope) {
        return byTypeAndVersion.containsKey(key(envelope.type(), envelope.version()));
    }

    /** The typed payload of a registered type and version. */
    public Event payloadOf(Envelope envelope) {
        Class<? extends Event> eventClass = byTypeAndVersion.get(key(envelope.type(), envelope.version()));
        if (eventClass == null) {
            throw new UnknownEventException(
                    "unknown message type " + envelope.type() + " version " + envelope.version());
        }
        try {
            return MAPPER.treeToValue(envelope.payload(), eventClass);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnknownEventException("payload of " + envelope.type() + " v" + envelope.version()
                    + " does not parse: " + e.getMessage(), e);
        }
    }

    public <T extends Event> T payloadOf(Envelope envelope, Class<T> expected) {
        Event event = payloadOf(envelope);
        if (!expected.isInstance(event)) {
            throw new UnknownEventException("expected " + expected.getSimpleName() + " but got " + envelope.type());
        }
        return expected.cast(event);
    }

    private static String key(String type, int version) {
        return type + "/v" + version;
    }
}

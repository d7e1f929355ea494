package com.phonesmith.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.EventCodec;
import com.phonesmith.contracts.UnknownEventException;
import com.phonesmith.contracts.events.Packed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdempotentHandlerTest {
    private final EventCodec codec = EventCodec.withAllKnownTypes();
    private final Set<String> handled = new HashSet<>();
    private final IdempotentHandler handler = new IdempotentHandler(
            (id, consumer) -> handled.add(id + "/" + consumer), codec);
    private final List<String> effects = new ArrayList<>();

    @Test
    void aRedeliveredMessageRunsItsEffectOnlyOnce() {
        String json = packed("order-1");

        assertThat(handler.handle("factory", json, (envelope, event) -> effects.add(event.orderId()))).isTrue();
        assertThat(handler.handle("factory", json, (envelope, event) -> effects.add(event.orderId()))).isFalse();

        assertThat(effects).containsExactly("order-1");
    }

    @Test
    void twoConsumersEachHandleTheSameMessageOnce() {
        String json = packed("order-2");

        handler.handle("workflow", json, (envelope, event) -> effects.add("workflow"));
        handler.handle("web", json, (envelope, event) -> effects.add("web"));

        assertThat(effects).containsExactly("workflow", "web");
    }

    @Test
    void aMessageThatIsNotAnEnvelopeIsRefusedWithoutRecordingIt() {
        assertThatThrownBy(() -> handler.handle("factory", "{not json", (e, ev) -> effects.add("x")))
                .isInstanceOf(UnknownEventException.class);
        assertThat(handled).isEmpty();
        assertThat(effects).isEmpty();
    }

    private String packed(String orderId) {
        Envelope envelope = codec.wrap(new Packed(orderId, "350000000000001"), UUID.randomUUID(), Instant.now());
        return codec.toJson(envelope);
    }
}

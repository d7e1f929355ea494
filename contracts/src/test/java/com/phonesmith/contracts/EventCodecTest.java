package com.phonesmith.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.phonesmith.contracts.events.BuildCancelled;
import com.phonesmith.contracts.events.CancelBuild;
import com.phonesmith.contracts.events.DeviceActivated;
import com.phonesmith.contracts.events.DeviceProvisioned;
import com.phonesmith.contracts.events.ImageBuildFailed;
import com.phonesmith.contracts.events.OrderPlaced;
import com.phonesmith.contracts.events.PaymentReleased;
import com.phonesmith.contracts.events.ReleasePayment;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.contracts.events.Shipped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventCodecTest {
    private final EventCodec codec = EventCodec.withAllKnownTypes();
    private final Instant at = Instant.parse("2026-11-25T10:15:30Z");

    @Test
    void anEventSurvivesTheRoundTripThroughJson() {
        OrderPlaced placed = new OrderPlaced("order-1", "nordvik", "nordvik-fjord", "slate", 128,
                List.of("microg"), List.of("firefox", "signal"), 39900, "EUR", "ada@example.com", at);
        UUID id = UUID.randomUUID();

        Envelope parsed = codec.parse(codec.toJson(codec.wrap(placed, id, at)));

        assertThat(parsed.type()).isEqualTo("OrderPlaced");
        assertThat(parsed.version()).isEqualTo(1);
        assertThat(parsed.id()).isEqualTo(id);
        assertThat(parsed.occurredAt()).isEqualTo(at);
        assertThat(parsed.orderId()).isEqualTo("order-1");
        assertThat(codec.payloadOf(parsed, OrderPlaced.class)).isEqualTo(placed);
    }

    @Test
    void anOrderPlacedWithItsAccountAndTrackingTokenHashKeepsThemThroughJson() {
        OrderPlaced placed = new OrderPlaced("order-2", "lumo", "lumo-one", "ink", 64, List.of(), List.of(), 24900,
                "EUR", "ada@example.com", at, "account-7", "ab".repeat(32));

        OrderPlaced read = codec.payloadOf(codec.parse(codec.toJson(codec.wrap(placed, UUID.randomUUID(), at))),
                OrderPlaced.class);

        assertThat(read).isEqualTo(placed);
    }

    @Test
    void anOrderPlacedWrittenBeforeAccountsExistedIsReadWithoutAccountOrTokenHash() {
        Envelope envelope = codec.wrap(new OrderPlaced("order-3", "lumo", "lumo-one", "ink", 64, List.of(), List.of(),
                24900, "EUR", "ada@example.com", at), UUID.randomUUID(), at);
        ((ObjectNode) envelope.payload()).remove(List.of("customerId", "trackingTokenHash"));

        OrderPlaced read = codec.payloadOf(codec.parse(codec.toJson(envelope)), OrderPlaced.class);

        assertThat(read.orderId()).isEqualTo("order-3");
        assertThat(read.customerId()).isNull();
        assertThat(read.trackingTokenHash()).isNull();
    }

    @Test
    void aScheduleBuildCarriesTheOrderedFeaturesAndAppsThroughJson() {
        ScheduleBuild schedule = new ScheduleBuild("order-4", "lumo-one", "ink", 64, "lumo",
                List.of("microg", "desktop-mode"), List.of("firefox"));

        ScheduleBuild read = codec.payloadOf(codec.parse(codec.toJson(codec.wrap(schedule, UUID.randomUUID(), at))),
                ScheduleBuild.class);

        assertThat(read).isEqualTo(schedule);
        assertThat(read.features()).containsExactly("microg", "desktop-mode");
        assertThat(read.apps()).containsExactly("firefox");
    }

    @Test
    void aScheduleBuildWrittenBeforeFeaturesAndAppsTravelledIsReadWithThemNotKnown() {
        Envelope envelope = codec.wrap(new ScheduleBuild("order-5", "lumo-one", "ink", 64, "lumo"),
                UUID.randomUUID(), at);
        ((ObjectNode) envelope.payload()).remove(List.of("features", "apps"));

        ScheduleBuild read = codec.payloadOf(codec.parse(codec.toJson(envelope)), ScheduleBuild.class);

        assertThat(read.maker()).isEqualTo("lumo");
        assertThat(read.features()).isNull();
        assertThat(read.apps()).isNull();
    }

    @Test
    void aScheduleBuildWithAnEmptyListOfAppsKeepsItEmptyNotUnknown() {
        ScheduleBuild schedule = new ScheduleBuild("order-6", "lumo-one", "ink", 64, "lumo", List.of("microg"),
                List.of());

        ScheduleBuild read = codec.payloadOf(codec.parse(codec.toJson(codec.wrap(schedule, UUID.randomUUID(), at))),
                ScheduleBuild.class);

        assertThat(read.apps()).isEmpty();
    }

    @Test
    void theWireFormHasTheEnvelopeFieldsOfTheArchitecture() {
        String json = codec.toJson(codec.wrap(new Shipped("o", "35", "PostNord", "PS1"), UUID.randomUUID(), at));

        assertThat(json).contains("\"type\":\"Shipped\"", "\"version\":1", "\"id\":", "\"occurredAt\":\"2026-11-25T10:15:30Z\"",
                "\"orderId\":\"o\"", "\"payload\":{");
    }

    @Test
    void anEventEncodedStraightIsTheSameJsonAsItsWrappedEnvelope() {
        UUID id = UUID.randomUUID();
        List<Event> events = List.of(
                new OrderPlaced("order-1", "nordvik", "nordvik-fjord", "slate", 128, List.of("microg"),
                        List.of("firefox", "signal"), 39900, "EUR", "ada@example.com", at, "account-7", "ab".repeat(32)),
                new ScheduleBuild("order-6", "lumo-one", "ink", 64, "lumo", List.of("microg"), List.of()),
                new DeviceActivated("order-1", "356938035643809", "nordvik", "nordvik-tundra", at),
                new Shipped("o", "35", "PostNord", "PS1"));

        for (Event event : events) {
            assertThat(codec.toJson(event, id, at)).isEqualTo(codec.toJson(codec.wrap(event, id, at)));
        }
    }

    @Test
    void aFieldAddedByANewerWriterWithinTheSameVersionIsIgnoredByAnOldReader() {
        Envelope envelope = codec.wrap(new Shipped("o", "35", "PostNord", "PS1"), UUID.randomUUID(), at);
        ((ObjectNode) envelope.payload()).put("parcelWeightGrams", 412);

        Shipped read = codec.payloadOf(codec.parse(codec.toJson(envelope)), Shipped.class);

        assertThat(read.trackingNumber()).isEqualTo("PS1");
    }

    @Test
    void aVersionTheReaderDoesNotKnowIsRefusedSoItCanBeDeadLettered() {
        Envelope v1 = codec.wrap(new Shipped("o", "35", "PostNord", "PS1"), UUID.randomUUID(), at);
        Envelope v2 = new Envelope(v1.type(), 2, v1.id(), v1.occurredAt(), v1.orderId(), v1.payload());

        assertThat(codec.knows(v2)).isFalse();
        assertThatThrownBy(() -> codec.payloadOf(v2))
                .isInstanceOf(UnknownEventException.class)
                .hasMessageContaining("Shipped version 2");
    }

    @Test
    void aReaderKnowsOnlyTheVersionsItRegistered() {
        EventCodec reader = new EventCodec().register(Shipped.class);
        Envelope placed = codec.wrap(new OrderPlaced("o", "m", "x", "c", 64, List.of(), List.of(), 1, "EUR", "a@b.c", at),
                UUID.randomUUID(), at);

        assertThat(reader.knows(placed)).isFalse();
        assertThatThrownBy(() -> reader.payloadOf(placed)).isInstanceOf(UnknownEventException.class);
    }

    @Test
    void aMessageOfTheWrongTypeForTheExpectedClassIsRefused() {
        Envelope shipped = codec.wrap(new Shipped("o", "35", "PostNord", "PS1"), UUID.randomUUID(), at);

        assertThatThrownBy(() -> codec.payloadOf(shipped, OrderPlaced.class))
                .isInstanceOf(UnknownEventException.class);
    }

    @Test
    void textThatIsNotAnEnvelopeIsRefused() {
        assertThatThrownBy(() -> codec.parse("{\"hello\":1}")).isInstanceOf(UnknownEventException.class);
        assertThatThrownBy(() -> codec.parse("not json")).isInstanceOf(UnknownEventException.class);
    }

    @Test
    void aPayloadThatDoesNotFitItsTypeIsRefused() {
        Envelope envelope = codec.parse("{\"type\":\"Shipped\",\"version\":1,\"id\":\"" + UUID.randomUUID()
                + "\",\"orderId\":\"o\",\"payload\":{\"orderId\":[1,2]}}");

        assertThatThrownBy(() -> codec.payloadOf(envelope)).isInstanceOf(UnknownEventException.class);
    }

    @Test
    void aFailedImageBuildTravelsOnTheImagesTopicWithItsReason() {
        ImageBuildFailed failed = new ImageBuildFailed("order-1", "unknown app 'solitaire'");

        Envelope parsed = codec.parse(codec.toJson(codec.wrap(failed, UUID.randomUUID(), at)));

        assertThat(parsed.type()).isEqualTo("ImageBuildFailed");
        assertThat(parsed.version()).isEqualTo(1);
        assertThat(EventCodec.typeOf(ImageBuildFailed.class).topic()).isEqualTo(Topics.IMAGES_EVENTS);
        assertThat(codec.payloadOf(parsed, ImageBuildFailed.class)).isEqualTo(failed);
    }

    @Test
    void everyEventTypeNamesATopicAndAVersion() {
        for (Class<? extends Event> type : Events.ALL) {
            EventType annotation = EventCodec.typeOf(type);
            assertThat(annotation.version()).as(type.getSimpleName()).isPositive();
            assertThat(annotation.topic()).as(type.getSimpleName()).isNotBlank();
        }
    }

    @Test
    void deviceEventsTravelOnTheirServicesTopicsKeyedByTheDeviceAndNeverCarryTheSecret() throws Exception {
        DeviceProvisioned provisioned = new DeviceProvisioned("order-1", "356938035643809", "nordvik", "nordvik-tundra",
                "slate", 128, "dmVyaWZpZXI", at);

        String json = codec.toJson(codec.wrap(provisioned, UUID.randomUUID(), at));
        Envelope parsed = codec.parse(json);

        assertThat(EventCodec.typeOf(DeviceProvisioned.class).topic()).isEqualTo(Topics.DEVICES_EVENTS);
        assertThat(EventCodec.typeOf(DeviceActivated.class).topic()).isEqualTo(Topics.ACTIVATIONS_EVENTS);
        assertThat(provisioned.messageKey()).isEqualTo("356938035643809");
        assertThat(new DeviceActivated("order-1", "356938035643809", "nordvik", "nordvik-tundra", at).messageKey())
                .isEqualTo("356938035643809");
        assertThat(codec.payloadOf(parsed, DeviceProvisioned.class)).isEqualTo(provisioned);
        assertThat(json).doesNotContain("secret").doesNotContain("messageKey");
    }

    @Test
    void cancellationCommandsGoToTheServicesThatReleaseAndTheirAnswersComeBackOnTheirTopics() {
        assertThat(EventCodec.typeOf(CancelBuild.class).topic()).isEqualTo(Topics.WORKFLOW_COMMANDS);
        assertThat(EventCodec.typeOf(ReleasePayment.class).topic()).isEqualTo(Topics.WORKFLOW_COMMANDS);
        assertThat(EventCodec.typeOf(BuildCancelled.class).topic()).isEqualTo(Topics.FACTORY_EVENTS);
        assertThat(EventCodec.typeOf(PaymentReleased.class).topic()).isEqualTo(Topics.ORDERS_EVENTS);
        PaymentReleased refunded = new PaymentReleased("order-1", PaymentReleased.REFUNDED, 49_900, "EUR");
        BuildCancelled nothingToRelease = new BuildCancelled("order-1", null, "the parcel is with the carrier");

        assertThat(codec.payloadOf(codec.parse(codec.toJson(codec.wrap(refunded, UUID.randomUUID(), at))),
                PaymentReleased.class)).isEqualTo(refunded);
        assertThat(codec.payloadOf(codec.parse(codec.toJson(codec.wrap(nothingToRelease, UUID.randomUUID(), at))),
                BuildCancelled.class)).isEqualTo(nothingToRelease);
    }
}

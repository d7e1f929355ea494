package com.phonesmith.activations.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.phonesmith.activations.RealInfrastructure;
import com.phonesmith.activations.TestDevices;
import com.phonesmith.contracts.EventCodec;
import com.phonesmith.contracts.Topics;
import com.phonesmith.contracts.events.DeviceProvisioned;
import com.phonesmith.devstack.testing.KafkaProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** DeviceProvisioned from the factory, through the real broker, registers the device once. */
@QuarkusTest
class ProvisioningTest extends RealInfrastructure {
    private final EventCodec codec = EventCodec.withAllKnownTypes();

    @Test
    void aProvisionedDeviceIsRegisteredWithItsVerifierAndARedeliveryChangesNothing() {
        String imei = TestDevices.newImei();
        DeviceProvisioned provisioned = new DeviceProvisioned("order-" + UUID.randomUUID(), imei, "nordvik",
                "nordvik-tundra", "slate", 128, "dmVyaWZpZXItb2YtdGhlLWRldmljZS1zZWNyZXQtYWJj", Instant.now());
        String message = codec.toJson(codec.wrap(provisioned, UUID.randomUUID(), Instant.now()));

        KafkaProbe.send(Topics.DEVICES_EVENTS, imei, message);
        KafkaProbe.send(Topics.DEVICES_EVENTS, imei, message);

        await().atMost(Duration.ofSeconds(30)).until(() -> device(imei) != null);
        Device device = device(imei);
        assertThat(device.maker).isEqualTo("nordvik");
        assertThat(device.orderId).isEqualTo(provisioned.orderId());
        assertThat(device.verifier).isEqualTo(provisioned.verifier());
        assertThat(device.activated()).isFalse();
    }

    @Test
    void aDeviceProvisionedAgainBeforeItActivatedTakesTheNewOrderAndVerifier() {
        TestDevices.Handset first = TestDevices.provisioned("lumo", "lumo-pro");
        DeviceProvisioned again = new DeviceProvisioned("order-reworked", first.imei(), "lumo", "lumo-pro", "sand",
                256, "bmV3LXZlcmlmaWVyLWFmdGVyLXRoZS1yZXdvcmstb2YtdGhlLW9yZGVy", Instant.now());

        QuarkusTransaction.requiringNew().run(() -> io.quarkus.arc.Arc.container().instance(Provisioning.class).get()
                .register(again));

        assertThat(device(first.imei()).orderId).isEqualTo("order-reworked");
        assertThat(device(first.imei()).verifier).isEqualTo(again.verifier());
    }

    private static Device device(String imei) {
        return QuarkusTransaction.requiringNew().call(() -> Device.<Device>findById(imei));
    }
}

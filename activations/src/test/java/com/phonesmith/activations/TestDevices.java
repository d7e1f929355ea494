package com.phonesmith.activations;

import static io.restassured.RestAssured.given;

import com.phonesmith.activations.device.Provisioning;
import com.phonesmith.contracts.devices.DeviceProof;
import com.phonesmith.contracts.events.DeviceProvisioned;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import jakarta.enterprise.inject.spi.CDI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Devices for tests: fresh valid IMEIs, provisioned as the factory would, and requests signed as a handset signs. */
public final class TestDevices {
    private TestDevices() {
    }

    /** A random IMEI with a correct check digit. */
    public static String newImei() {
        StringBuilder digits = new StringBuilder("35");
        while (digits.length() < 14) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        for (int check = 0; check < 10; check++) {
            String candidate = digits.toString() + check;
            if (com.phonesmith.activations.device.Imei.problemWith(candidate) == null) {
                return candidate;
            }
        }
        throw new IllegalStateException("no check digit");
    }

    /** A handset: its IMEI and the verifier of its secret. */
    public record Handset(String imei, String verifier, String maker, String model) {
        public Response activate() {
            return send(DeviceProof.ACTIVATE, "activation", TestClock.now(), nonce());
        }

        public Response checkIn() {
            return send(DeviceProof.CHECK_IN, "check-ins", TestClock.now(), nonce());
        }

        public Response send(String action, String path, Instant timestamp, String nonce) {
            return given().contentType("application/json").body(body(action, timestamp, nonce))
                    .post("/api/devices/" + imei + "/" + path);
        }

        public Map<String, String> body(String action, Instant timestamp, String nonce) {
            return Map.of("timestamp", timestamp.toString(), "nonce", nonce,
                    "proof", DeviceProof.proof(verifier, action, imei, timestamp, nonce));
        }
    }

    public static String nonce() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** Provisions a new device of this maker and model, as DeviceProvisioned from the factory would. */
    public static Handset provisioned(String maker, String model) {
        String imei = newImei();
        String verifier = DeviceProof.verifierOf(("secret of " + imei).getBytes(StandardCharsets.UTF_8));
        Provisioning provisioning = CDI.current().select(Provisioning.class).get();
        QuarkusTransaction.requiringNew().run(() -> provisioning.register(new DeviceProvisioned(
                "order-" + UUID.randomUUID(), imei, maker, model, "slate", 128, verifier, TestClock.now())));
        return new Handset(imei, verifier, maker, model);
    }
}

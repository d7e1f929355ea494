package com.phonesmith.handset.customer;

import com.phonesmith.contracts.devices.DeviceProof;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/** What a handset's OS sends to activations: its activation and check-ins, each with a fresh proof. */
public final class ActivationClient {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final Clock clock;

    public ActivationClient(URI base, Clock clock) {
        this.base = base;
        this.clock = clock;
    }

    /** The status activations answered (201 activated now, 200 before; 4xx refused). */
    public int activate(String imei, byte[] secret) throws IOException, InterruptedException {
        return send(imei, secret, DeviceProof.ACTIVATE, "activation");
    }

    public int checkIn(String imei, byte[] secret) throws IOException, InterruptedException {
        return send(imei, secret, DeviceProof.CHECK_IN, "check-ins");
    }

    private int send(String imei, byte[] secret, String action, String path) throws IOException, InterruptedException {
        Instant now = Instant.ofEpochSecond(clock.instant().getEpochSecond());
        byte[] nonceBytes = new byte[18];
        RANDOM.nextBytes(nonceBytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(nonceBytes);
        String proof = DeviceProof.proof(DeviceProof.verifierOf(secret), action, imei, now, nonce);
        String body = "{\"timestamp\":\"" + now + "\",\"nonce\":\"" + nonce + "\",\"proof\":\"" + proof + "\"}";
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/devices/" + imei + "/" + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}

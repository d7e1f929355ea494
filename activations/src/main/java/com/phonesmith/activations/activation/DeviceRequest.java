package com.phonesmith.activations.activation;

/**
 * What a handset sends to activate or check in: when it made the request (ISO-8601), a nonce it never uses
 * again, and the proof over both made with its per-device secret ({@link com.phonesmith.contracts.devices.DeviceProof}).
 */
public record DeviceRequest(String timestamp, String nonce, String proof) {
}

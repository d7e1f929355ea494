package com.phonesmith.images.signing;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Objects;

/**
 * The key boot descriptors are signed with now: its id, its private key and its public key.
 * {@link #toString()} leaves the private key out.
 */
public record SigningKey(String keyId, PrivateKey privateKey, PublicKey publicKey) {
    public SigningKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
    }

    @Override
    public String toString() {
        return "SigningKey[" + keyId + "]";
    }
}

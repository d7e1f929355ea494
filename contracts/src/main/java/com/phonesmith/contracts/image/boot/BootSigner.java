package com.phonesmith.contracts.image.boot;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Objects;

/**
 * Signs boot descriptors with Ed25519. Ed25519 signatures are deterministic: the same descriptor and key give
 * the same bytes, so a build that is reproduced gives the same signed descriptor.
 */
public final class BootSigner {
    private BootSigner() {
    }

    /**
     * The descriptor with its key id set to {@code keyId} and signed with {@code key}. The key id and signature
     * it may already have are replaced.
     *
     * @param keyId the id of {@code key}'s public half ({@link TrustedKeys#keyIdOf}), which the device looks up
     * @throws IllegalArgumentException if the key is not an Ed25519 private key, or the key id is not valid
     */
    public static BootDescriptor sign(BootDescriptor unsigned, PrivateKey key, String keyId) {
        Objects.requireNonNull(unsigned, "unsigned");
        Objects.requireNonNull(key, "key");
        BootDescriptor toSign = unsigned.toBeSignedBy(keyId);
        try {
            Signature ed25519 = Signature.getInstance(BootDescriptor.ALGORITHM);
            ed25519.initSign(key);
            ed25519.update(toSign.signingInput());
            return toSign.withSignature(ed25519.sign());
        } catch (InvalidKeyException notEd25519) {
            throw new IllegalArgumentException("not an Ed25519 private key: " + notEd25519.getMessage(), notEd25519);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }
}

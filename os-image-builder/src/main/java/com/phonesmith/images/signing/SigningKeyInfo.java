package com.phonesmith.images.signing;

import java.time.Instant;

/**
 * What an administrator sees of a signing key: no key material.
 *
 * @param keyId     {@code k-} and 16 hex characters
 * @param createdAt when the key was made
 * @param active    whether new descriptors are signed with it (exactly one key is)
 * @param retired   whether it is no longer trusted (its private key is gone)
 * @param retiredAt when it was retired, null if it is not
 */
public record SigningKeyInfo(String keyId, Instant createdAt, boolean active, boolean retired, Instant retiredAt) {
}

/**
 * Verified boot: the signed boot descriptor a handset checks before it boots, in the spirit of Android
 * Verified Boot's vbmeta image.
 *
 * <ul>
 * <li>{@link com.phonesmith.contracts.image.boot.BootDescriptor}: format version, algorithm (Ed25519), key id,
 * rollback index, release, build fingerprint and, per partition, the signed size and SHA-256; a canonical
 * binary form starting with the magic {@code PSVBMETA}, at most 64 KiB.</li>
 * <li>{@link com.phonesmith.contracts.image.boot.BootSigner}: signs it (deterministic, so reproducible).</li>
 * <li>{@link com.phonesmith.contracts.image.boot.BootVerifier}: decodes, checks the key is trusted, the
 * signature, the rollback index, then hashes each partition as a stream; answers a
 * {@link com.phonesmith.contracts.image.boot.Verdict} naming the first failure.</li>
 * <li>{@link com.phonesmith.contracts.image.boot.TrustedKeys}: the public keys a device trusts, by key id
 * ({@code k-} + 16 hex of the key's SHA-256), with a text form of {@code Key-Id:} lines and PEM blocks.</li>
 * </ul>
 * Plain JDK: Ed25519 and SHA-256 from {@code java.security}.
 */
package com.phonesmith.contracts.image.boot;

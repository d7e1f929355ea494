package com.phonesmith.contracts.image.boot;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * What a handset does before it boots: checks a boot descriptor against the keys it trusts, its stored rollback
 * index and the partitions it holds. The checks run in this order and the first failure is the verdict:
 * <ol>
 * <li>the bytes decode as a descriptor;</li>
 * <li>its key id is one of the trusted keys;</li>
 * <li>the signature is that key's over the descriptor;</li>
 * <li>its rollback index is not lower than the device's;</li>
 * <li>every listed partition is there and the first {@code sizeBytes} bytes of it hash to the signed digest
 * (in the descriptor's order, i.e. by name).</li>
 * </ol>
 * Partitions are hashed as streams, 64 KiB at a time. Stateless and thread-safe.
 */
public final class BootVerifier {
    private static final int BUFFER = 64 * 1024;
    private static final HexFormat HEX = HexFormat.of();

    public Verdict verify(byte[] descriptorBytes, TrustedKeys trusted, PartitionReader partitions,
            long minimumRollbackIndex) {
        Objects.requireNonNull(trusted, "trusted");
        Objects.requireNonNull(partitions, "partitions");
        if (minimumRollbackIndex < 0) {
            throw new IllegalArgumentException("minimum rollback index " + minimumRollbackIndex + " is negative");
        }
        Verdict signed = verifySignature(descriptorBytes, trusted);
        if (!signed.ok()) {
            return signed;
        }
        BootDescriptor descriptor = signed.descriptor().orElseThrow();
        if (descriptor.rollbackIndex() < minimumRollbackIndex) {
            return Verdict.refused(Verdict.Outcome.ROLLED_BACK, "rollback index " + descriptor.rollbackIndex()
                    + " is older than the device's " + minimumRollbackIndex);
        }
        for (PartitionHash partition : descriptor.partitions()) {
            Optional<Verdict> refusal = checkPartition(partition, partitions);
            if (refusal.isPresent()) {
                return refusal.get();
            }
        }
        return Verdict.verified(descriptor);
    }

    /**
     * The first three checks alone (the bytes decode as a descriptor, its key is trusted, the signature is that
     * key's): what the factory checks of a bundle before it writes anything, the partitions being checked on the
     * handset.
     */
    public Verdict verifySignature(byte[] descriptorBytes, TrustedKeys trusted) {
        Objects.requireNonNull(trusted, "trusted");
        BootDescriptor descriptor;
        try {
            descriptor = BootDescriptor.decode(descriptorBytes);
        } catch (MalformedDescriptorException malformed) {
            return Verdict.refused(Verdict.Outcome.MALFORMED, "malformed descriptor: " + malformed.getMessage());
        }
        Optional<PublicKey> key = trusted.find(descriptor.keyId());
        if (key.isEmpty()) {
            return Verdict.refused(Verdict.Outcome.UNTRUSTED_KEY, "signed with key " + descriptor.keyId()
                    + ", which this device does not trust");
        }
        if (!signatureMatches(descriptor, key.get())) {
            return Verdict.refused(Verdict.Outcome.BAD_SIGNATURE,
                    "signature does not match: the descriptor was altered or signed with another key");
        }
        return Verdict.verified(descriptor);
    }

    /**
     * SHA-256 (lowercase hex) of the first {@code sizeBytes} bytes of the stream, read in 64 KiB blocks. Bytes
     * after those are not read. Does not close the stream.
     *
     * @throws EOFException if the stream ends before {@code sizeBytes} bytes
     */
    public static String sha256(InputStream in, long sizeBytes) throws IOException {
        MessageDigest sha = newSha256();
        long read = digestPrefix(in, sizeBytes, sha);
        if (read < sizeBytes) {
            throw new EOFException("the stream ended after " + read + " of " + sizeBytes + " bytes");
        }
        return HEX.formatHex(sha.digest());
    }

    private static Optional<Verdict> checkPartition(PartitionHash partition, PartitionReader reader) {
        String name = partition.name();
        try {
            Optional<InputStream> opened = reader.open(name);
            if (opened == null || opened.isEmpty()) {
                return Optional.of(Verdict.refused(Verdict.Outcome.PARTITION_MISSING,
                        "partition " + name + " is missing: the descriptor signs it but the device has nothing there"));
            }
            MessageDigest sha = newSha256();
            long read;
            try (InputStream in = opened.get()) {
                read = digestPrefix(in, partition.sizeBytes(), sha);
            }
            if (read < partition.sizeBytes()) {
                return Optional.of(Verdict.refused(Verdict.Outcome.PARTITION_MISMATCH, "partition " + name
                        + " does not match its signed digest: it holds " + read + " bytes, the descriptor signs "
                        + partition.sizeBytes()));
            }
            if (!MessageDigest.isEqual(sha.digest(), HEX.parseHex(partition.sha256Hex()))) {
                return Optional.of(Verdict.refused(Verdict.Outcome.PARTITION_MISMATCH,
                        "partition " + name + " does not match its signed digest"));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.of(Verdict.refused(Verdict.Outcome.PARTITION_UNREADABLE,
                    "partition " + name + " could not be read: " + unreadable));
        }
    }

    /** Feeds up to {@code sizeBytes} bytes of the stream to the digest and answers how many there were. */
    private static long digestPrefix(InputStream in, long sizeBytes, MessageDigest sha) throws IOException {
        byte[] buffer = new byte[(int) Math.min(BUFFER, Math.max(1, sizeBytes))];
        long total = 0;
        while (total < sizeBytes) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, sizeBytes - total));
            if (n < 0) {
                break;
            }
            sha.update(buffer, 0, n);
            total += n;
        }
        return total;
    }

    private static boolean signatureMatches(BootDescriptor descriptor, PublicKey key) {
        try {
            Signature ed25519 = Signature.getInstance(BootDescriptor.ALGORITHM);
            ed25519.initVerify(key);
            ed25519.update(descriptor.signingInput());
            return ed25519.verify(descriptor.signature());
        } catch (InvalidKeyException | SignatureException notValid) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 verification is unavailable", e);
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

package com.phonesmith.contracts.image.boot;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keys, partition contents and descriptors shared by the boot tests. */
final class BootFixtures {
    static final String FINGERPRINT = "phonesmith/nordvik-fjord/nordvik-fjord:1.0/3f9a0c1d2e4b/7:user/release-keys";

    private BootFixtures() {
    }

    static KeyPair newKeyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deterministic partition contents of the given size. */
    static byte[] content(String seed, int size) {
        byte[] bytes = new byte[size];
        byte[] pattern = seed.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (pattern[i % pattern.length] + i / pattern.length);
        }
        return bytes;
    }

    /** The three partitions of a small handset: boot, system, vendor. */
    static Map<String, byte[]> handsetPartitions() {
        Map<String, byte[]> partitions = new LinkedHashMap<>();
        partitions.put("system", content("system", 200_000));
        partitions.put("boot", content("boot", 12_345));
        partitions.put("vendor", content("vendor", 70_000));
        return partitions;
    }

    static List<PartitionHash> hashesOf(Map<String, byte[]> partitions) {
        List<PartitionHash> hashes = new ArrayList<>();
        partitions.forEach((name, bytes) -> hashes.add(new PartitionHash(name, bytes.length, sha256(bytes))));
        return hashes;
    }

    static String sha256(byte[] bytes) {
        try {
            return BootVerifier.sha256(new ByteArrayInputStream(bytes), bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BootDescriptor unsignedFor(Map<String, byte[]> partitions, long rollbackIndex) {
        return BootDescriptor.unsigned(rollbackIndex, "1.0", FINGERPRINT, hashesOf(partitions));
    }

    static BootDescriptor signed(Map<String, byte[]> partitions, long rollbackIndex, KeyPair key) {
        return BootSigner.sign(unsignedFor(partitions, rollbackIndex), key.getPrivate(),
                TrustedKeys.keyIdOf(key.getPublic()));
    }

    /** A device that holds these partition contents. */
    static PartitionReader device(Map<String, byte[]> partitions) {
        return name -> Optional.ofNullable(partitions.get(name)).map(bytes -> (InputStream) new ByteArrayInputStream(bytes));
    }
}

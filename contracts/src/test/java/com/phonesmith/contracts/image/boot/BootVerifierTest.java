package com.phonesmith.contracts.image.boot;

import static com.phonesmith.contracts.image.boot.BootFixtures.device;
import static com.phonesmith.contracts.image.boot.BootFixtures.handsetPartitions;
import static com.phonesmith.contracts.image.boot.BootFixtures.newKeyPair;
import static com.phonesmith.contracts.image.boot.BootFixtures.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BootVerifierTest {
    private final BootVerifier verifier = new BootVerifier();
    private final KeyPair key = newKeyPair();
    private final TrustedKeys trusted = TrustedKeys.of(key.getPublic());
    private final Map<String, byte[]> partitions = handsetPartitions();
    private final byte[] descriptor = signed(partitions, 5, key).encode();

    @Test
    void aDescriptorSignedWithATrustedKeyOverTheDevicesPartitionsVerifies() {
        Verdict verdict = verifier.verify(descriptor, trusted, device(partitions), 5);

        assertThat(verdict.ok()).isTrue();
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.VERIFIED);
        assertThat(verdict.descriptor()).get().extracting(BootDescriptor::rollbackIndex).isEqualTo(5L);
        assertThat(verdict.reason()).contains("verified");
    }

    @Test
    void theSignatureAloneIsCheckedWithoutThePartitionsAndRefusesAForeignKeyOrAForgedSignature() {
        KeyPair stranger = newKeyPair();
        byte[] foreign = signed(partitions, 5, stranger).encode();
        byte[] forged = BootSigner.sign(BootFixtures.unsignedFor(partitions, 5), stranger.getPrivate(),
                TrustedKeys.keyIdOf(key.getPublic())).encode();

        assertThat(verifier.verifySignature(descriptor, trusted).ok()).isTrue();
        assertThat(verifier.verifySignature(descriptor, trusted).descriptor()).isPresent();
        assertThat(verifier.verifySignature(foreign, trusted).outcome()).isEqualTo(Verdict.Outcome.UNTRUSTED_KEY);
        assertThat(verifier.verifySignature(forged, trusted).outcome()).isEqualTo(Verdict.Outcome.BAD_SIGNATURE);
        assertThat(verifier.verifySignature(Arrays.copyOf(descriptor, 10), trusted).outcome())
                .isEqualTo(Verdict.Outcome.MALFORMED);
    }

    @Test
    void aDescriptorSignedWithAKeyTheDeviceDoesNotTrustIsRefused() {
        KeyPair stranger = newKeyPair();
        byte[] foreign = signed(partitions, 5, stranger).encode();

        Verdict verdict = verifier.verify(foreign, trusted, device(partitions), 0);

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.UNTRUSTED_KEY);
        assertThat(verdict.reason()).isEqualTo("signed with key " + TrustedKeys.keyIdOf(stranger.getPublic())
                + ", which this device does not trust");
        assertThat(verdict.descriptor()).isEmpty();
    }

    @Test
    void aDescriptorClaimingATrustedKeyIdButSignedWithAnotherKeyIsRefused() {
        KeyPair stranger = newKeyPair();
        byte[] forged = BootSigner.sign(BootFixtures.unsignedFor(partitions, 5), stranger.getPrivate(),
                TrustedKeys.keyIdOf(key.getPublic())).encode();

        Verdict verdict = verifier.verify(forged, trusted, device(partitions), 0);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.BAD_SIGNATURE);
        assertThat(verdict.reason())
                .isEqualTo("signature does not match: the descriptor was altered or signed with another key");
    }

    @Test
    void aFlippedByteInAPartitionIsRefusedNamingThePartition() {
        byte[] system = partitions.get("system");
        system[123_456] ^= 0x01;

        Verdict verdict = verifier.verify(descriptor, trusted, device(partitions), 0);

        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.PARTITION_MISMATCH);
        assertThat(verdict.reason()).isEqualTo("partition system does not match its signed digest");
    }

    @Test
    void aChangedByteInTheDescriptorsFieldsBreaksTheSignature() {
        byte[] altered = descriptor.clone();
        int at = indexOf(altered, "nordvik-fjord:1.0".getBytes(StandardCharsets.US_ASCII));
        altered[at] = 'N';

        Verdict verdict = verifier.verify(altered, trusted, device(partitions), 0);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.BAD_SIGNATURE);
        assertThat(verdict.reason()).startsWith("signature does not match");
    }

    @Test
    void aRaisedRollbackIndexInTheBytesBreaksTheSignatureRatherThanPassing() {
        BootDescriptor original = BootDescriptor.decode(descriptor);
        BootDescriptor raised = new BootDescriptor(1, "Ed25519", original.keyId(), 99, original.release(),
                original.buildFingerprint(), original.partitions(), original.signature());

        Verdict verdict = verifier.verify(raised.encode(), trusted, device(partitions), 6);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.BAD_SIGNATURE);
    }

    @Test
    void aFlippedBitInAnyByteOfTheDescriptorFailsVerification() {
        for (int i = 0; i < descriptor.length; i++) {
            int bit = i % 8;
            byte[] flipped = descriptor.clone();
            flipped[i] ^= (byte) (1 << bit);
            Verdict verdict = verifier.verify(flipped, trusted, device(partitions), 0);
            assertThat(verdict.ok()).as("byte %d bit %d: %s", i, bit, verdict).isFalse();
        }
    }

    @Test
    void aTruncatedDescriptorIsRefusedAsMalformed() {
        byte[] truncated = Arrays.copyOf(descriptor, descriptor.length - 10);

        Verdict verdict = verifier.verify(truncated, trusted, device(partitions), 0);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.MALFORMED);
        assertThat(verdict.reason()).startsWith("malformed descriptor: descriptor is truncated");
    }

    @Test
    void aPartitionTheDeviceDoesNotHoldIsRefusedAsMissing() {
        partitions.remove("vendor");

        Verdict verdict = verifier.verify(descriptor, trusted, device(partitions), 0);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.PARTITION_MISSING);
        assertThat(verdict.reason()).startsWith("partition vendor is missing");
    }

    @Test
    void aPartitionShorterThanItsSignedSizeIsRefused() {
        partitions.put("boot", Arrays.copyOf(partitions.get("boot"), 100));

        Verdict verdict = verifier.verify(descriptor, trusted, device(partitions), 0);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.PARTITION_MISMATCH);
        assertThat(verdict.reason()).isEqualTo(
                "partition boot does not match its signed digest: it holds 100 bytes, the descriptor signs 12345");
    }

    @Test
    void bytesAfterTheSignedSizeOfAPartitionAreNeitherReadNorChecked() {
        byte[] system = partitions.get("system");
        byte[] larger = Arrays.copyOf(system, system.length + 4096);
        Arrays.fill(larger, system.length, larger.length, (byte) 0x5a);
        partitions.put("system", larger);
        AtomicLong readFromSystem = new AtomicLong();
        PartitionReader counting = name -> device(partitions).open(name)
                .map(in -> name.equals("system") ? counting(in, readFromSystem) : in);

        Verdict verdict = verifier.verify(descriptor, trusted, counting, 0);

        assertThat(verdict.ok()).isTrue();
        assertThat(readFromSystem.get()).isEqualTo(system.length);
    }

    @Test
    void aDescriptorOlderThanTheDevicesRollbackIndexIsRefused() {
        byte[] old = signed(partitions, 3, key).encode();

        Verdict verdict = verifier.verify(old, trusted, device(partitions), 5);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.ROLLED_BACK);
        assertThat(verdict.reason()).isEqualTo("rollback index 3 is older than the device's 5");
    }

    @Test
    void aPartitionThatCannotBeReadIsRefusedNotBooted() {
        PartitionReader failing = name -> {
            throw new IOException("I/O error on /dev/block/" + name);
        };

        Verdict verdict = verifier.verify(descriptor, trusted, failing, 0);

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.PARTITION_UNREADABLE);
        assertThat(verdict.reason()).startsWith("partition boot could not be read").contains("/dev/block/boot");
    }

    @Test
    void checksRunInOrderSoTheFirstFailureIsReported() {
        partitions.remove("vendor");
        byte[] old = signed(partitions, 1, key).encode();

        assertThat(verifier.verify(old, TrustedKeys.none(), device(Map.of()), 5).outcome())
                .isEqualTo(Verdict.Outcome.UNTRUSTED_KEY);
        assertThat(verifier.verify(old, trusted, device(Map.of()), 5).outcome())
                .isEqualTo(Verdict.Outcome.ROLLED_BACK);
        assertThat(verifier.verify(old, trusted, device(Map.of()), 1).outcome())
                .isEqualTo(Verdict.Outcome.PARTITION_MISSING);
    }

    @Test
    void aLargePartitionIsHashedAsAStream() throws IOException {
        long size = 256L * 1024 * 1024;
        String digest = BootVerifier.sha256(generated(size), size);
        BootDescriptor big = BootSigner.sign(BootDescriptor.unsigned(1, "1.0", "fp",
                List.of(new PartitionHash("system", size, digest))), key.getPrivate(), TrustedKeys.keyIdOf(key.getPublic()));

        Verdict verdict = verifier.verify(big.encode(), trusted, name -> Optional.of(generated(size)), 0);

        assertThat(verdict.ok()).isTrue();
    }

    @Test
    void theSha256HelperHashesExactlyTheGivenSizeAndRefusesAShortStream() throws IOException {
        byte[] bytes = "hello world, and more".getBytes(StandardCharsets.US_ASCII);

        assertThat(BootVerifier.sha256(new ByteArrayInputStream(bytes), 11))
                .isEqualTo("b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9");
        assertThat(BootVerifier.sha256(new ByteArrayInputStream(bytes), 0))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThatThrownBy(() -> BootVerifier.sha256(new ByteArrayInputStream(bytes), 100))
                .isInstanceOf(EOFException.class).hasMessageContaining("after 21 of 100 bytes");
    }

    /** A stream of {@code size} bytes, made as it is read (a 4 KiB pseudo-random block, its first byte changed on every repetition). */
    private static InputStream generated(long size) {
        byte[] block = new byte[4096];
        new java.util.Random(42).nextBytes(block);
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position >= size) {
                    return -1;
                }
                int at = (int) (position % block.length);
                int n = (int) Math.min(Math.min(length, block.length - at), size - position);
                System.arraycopy(block, at, buffer, offset, n);
                if (at == 0) {
                    buffer[offset] ^= (byte) (position / block.length);
                }
                position += n;
                return n;
            }
        };
    }

    private static InputStream counting(InputStream in, AtomicLong count) {
        return new java.io.FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count.addAndGet(n);
                }
                return n;
            }
        };
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}

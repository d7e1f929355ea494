package com.phonesmith.contracts.image.boot;

import static com.phonesmith.contracts.image.boot.BootFixtures.handsetPartitions;
import static com.phonesmith.contracts.image.boot.BootFixtures.newKeyPair;
import static com.phonesmith.contracts.image.boot.BootFixtures.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BootDescriptorTest {
    private static final String DIGEST = "0".repeat(64);
    private final BootDescriptor signed = signed(handsetPartitions(), 4, newKeyPair());
    private final byte[] encoded = signed.encode();

    @Test
    void aSignedDescriptorDecodesToItselfAndStartsWithTheMagic() {
        assertThat(BootDescriptor.decode(encoded)).isEqualTo(signed);
        assertThat(Arrays.copyOf(encoded, 8)).isEqualTo("PSVBMETA".getBytes(StandardCharsets.US_ASCII));
        assertThat(signed.formatVersion()).isEqualTo(1);
        assertThat(signed.algorithm()).isEqualTo("Ed25519");
        assertThat(signed.signature()).hasSize(64);
    }

    @Test
    void theSigningInputIsEverythingBeforeTheSignatureBlock() {
        byte[] input = signed.signingInput();

        assertThat(encoded).hasSize(input.length + 2 + 64);
        assertThat(Arrays.copyOf(encoded, input.length)).isEqualTo(input);
        assertThat(ByteBuffer.wrap(encoded, input.length, 2).getShort()).isEqualTo((short) 64);
    }

    @Test
    void partitionsAreKeptSortedByNameWhateverOrderTheyAreGivenIn() {
        assertThat(signed.partitions()).extracting(PartitionHash::name).containsExactly("boot", "system", "vendor");
        assertThat(signed.partition("system")).get().extracting(PartitionHash::sizeBytes).isEqualTo(200_000L);
    }

    @Test
    void aPartitionListedTwiceOrNoPartitionAtAllIsRefused() {
        List<PartitionHash> twice = List.of(new PartitionHash("system", 1, DIGEST), new PartitionHash("system", 2, DIGEST));

        assertThatThrownBy(() -> BootDescriptor.unsigned(0, "1.0", "fp", twice))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partition system is listed twice");
        assertThatThrownBy(() -> BootDescriptor.unsigned(0, "1.0", "fp", List.of()))
                .hasMessageContaining("at least one partition");
    }

    @Test
    void aNegativeRollbackIndexABadDigestOrABadPartitionNameIsRefused() {
        List<PartitionHash> one = List.of(new PartitionHash("system", 1, DIGEST));

        assertThatThrownBy(() -> BootDescriptor.unsigned(-1, "1.0", "fp", one)).hasMessageContaining("negative");
        assertThatThrownBy(() -> new PartitionHash("system", 1, "ABC")).hasMessageContaining("64 lowercase hex");
        assertThatThrownBy(() -> new PartitionHash("../system", 1, DIGEST)).hasMessageContaining("partition name");
        assertThatThrownBy(() -> new PartitionHash("system", -5, DIGEST)).hasMessageContaining("negative");
    }

    @Test
    void anUnsignedDescriptorCannotBeEncoded() {
        BootDescriptor unsigned = BootFixtures.unsignedFor(handsetPartitions(), 1);

        assertThat(unsigned.isSigned()).isFalse();
        assertThatThrownBy(unsigned::encode).isInstanceOf(IllegalStateException.class).hasMessageContaining("not signed");
    }

    @Test
    void aWrongMagicIsRefused() {
        byte[] bytes = encoded.clone();
        bytes[0] = 'X';

        assertMalformed(bytes, "not a boot descriptor");
    }

    @Test
    void anUnknownFormatVersionIsRefused() {
        byte[] bytes = encoded.clone();
        bytes[9] = 2;

        assertMalformed(bytes, "format version 2 is not supported");
    }

    @Test
    void aTruncatedDescriptorIsRefusedAtEveryLength() {
        for (int length = 0; length < encoded.length; length++) {
            byte[] cut = Arrays.copyOf(encoded, length);
            assertThatThrownBy(() -> BootDescriptor.decode(cut)).as("cut to %d bytes", length)
                    .isInstanceOf(MalformedDescriptorException.class);
        }
        assertMalformed(Arrays.copyOf(encoded, encoded.length - 1), "truncated: signature needs 64 bytes");
    }

    @Test
    void trailingBytesAfterTheSignatureAreRefused() {
        assertMalformed(Arrays.copyOf(encoded, encoded.length + 3), "3 bytes of trailing data after the signature");
    }

    @Test
    void aPartitionListedTwiceInTheBytesIsRefused() {
        byte[] bytes = encodeRaw(List.of("system", "system"));

        assertMalformed(bytes, "partition system is listed twice");
    }

    @Test
    void partitionsOutOfNameOrderInTheBytesAreRefused() {
        byte[] bytes = encodeRaw(List.of("vendor", "boot"));

        assertMalformed(bytes, "partitions must be sorted by name");
    }

    @Test
    void anAbsurdStringLengthIsRefusedBeforeReadingIt() {
        byte[] bytes = encoded.clone();
        // the algorithm's length prefix sits right after magic and version
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;

        assertMalformed(bytes, "algorithm is 65535 bytes long, more than the 32 allowed");
    }

    @Test
    void anAbsurdPartitionCountIsRefused() {
        byte[] bytes = encodeRaw(List.of("system"));
        int countAt = countOffset(bytes);
        bytes[countAt] = (byte) 0xff;
        bytes[countAt + 1] = (byte) 0xff;

        assertMalformed(bytes, "65535 partitions, more than the 128 allowed");
    }

    @Test
    void aDescriptorLargerThan64KiBIsRefusedUnread() {
        byte[] huge = Arrays.copyOf(encoded, 64 * 1024 + 1);

        assertMalformed(huge, "more than the 65536 allowed");
    }

    @Test
    void invalidUtf8InAStringIsRefused() {
        byte[] bytes = encoded.clone();
        int releaseAt = indexOf(bytes, "1.0".getBytes(StandardCharsets.US_ASCII));
        bytes[releaseAt] = (byte) 0xc0;

        assertMalformed(bytes, "release is not valid UTF-8");
    }

    @Test
    void nullOrEmptyBytesAreRefused() {
        assertMalformed(new byte[0], "empty");
        assertMalformed(null, "empty");
    }

    private static void assertMalformed(byte[] bytes, String message) {
        assertThatThrownBy(() -> BootDescriptor.decode(bytes))
                .isInstanceOf(MalformedDescriptorException.class)
                .hasMessageContaining(message);
    }

    /** The bytes of a signed descriptor listing these partition names in this order, bypassing validation. */
    private static byte[] encodeRaw(List<String> names) {
        ByteBuffer out = ByteBuffer.allocate(4096);
        out.put("PSVBMETA".getBytes(StandardCharsets.US_ASCII)).putShort((short) 1);
        putString(out, "Ed25519");
        putString(out, "k-0123456789abcdef");
        out.putLong(1);
        putString(out, "1.0");
        putString(out, "fp");
        out.putShort((short) names.size());
        for (String name : names) {
            putString(out, name);
            out.putLong(10);
            out.put(new byte[32]);
        }
        out.putShort((short) 64).put(new byte[64]);
        return Arrays.copyOf(out.array(), out.position());
    }

    private static void putString(ByteBuffer out, String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.putShort((short) utf8.length).put(utf8);
    }

    private static int countOffset(byte[] raw) {
        return indexOf(raw, "fp".getBytes(StandardCharsets.US_ASCII)) + 2;
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

package com.phonesmith.contracts.image.boot;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The signed statement a handset checks before it boots: which key signed it, its rollback index, the release
 * and build it describes, and for every partition the number of bytes signed and their SHA-256. The same idea
 * as Android Verified Boot's vbmeta image with one hash descriptor per partition, in a simpler format of our own.
 *
 * <h2>Binary form (format version 1)</h2>
 * Big-endian; a <i>string</i> is an unsigned 16-bit byte count followed by that many bytes of UTF-8.
 * <pre>
 * magic             8 bytes   "PSVBMETA" (ASCII)
 * format version    u16       1
 * algorithm         string    "Ed25519"
 * key id            string    the signing key's id, e.g. "k-1a2b3c4d5e6f7a8b"
 * rollback index    u64       &gt;= 0
 * release           string    e.g. "1.0"
 * build fingerprint string
 * partition count   u16       1 to {@value #MAX_PARTITIONS}
 *   name            string    sorted by name (byte order), each name once
 *   size            u64       bytes signed from the start of the partition
 *   sha256          32 bytes
 * ---- end of the signing input ----
 * signature length  u16       64
 * signature         64 bytes  Ed25519 over every byte above (magic included)
 * </pre>
 * The encoding is canonical: one descriptor has exactly one encoding, and {@link #decode} refuses anything
 * else (wrong magic or version, truncation, trailing bytes, unsorted or repeated partitions, lengths over the
 * limits, more than {@value #MAX_ENCODED_BYTES} bytes in all).
 *
 * <p>A descriptor is <i>unsigned</i> (no key id, no signature) until {@link BootSigner} signs it. The record
 * compares and hashes its signature by content; {@link #signature()} answers a copy.
 *
 * @param formatVersion    always {@value #FORMAT_VERSION}
 * @param algorithm        always {@value #ALGORITHM}
 * @param keyId            id of the signing key ({@link TrustedKeys#keyIdOf}), empty while unsigned
 * @param rollbackIndex    a device refuses a descriptor whose index is lower than the one it has stored
 * @param release          the release, e.g. {@code 1.0}
 * @param buildFingerprint the build fingerprint of the image
 * @param partitions       the partitions vouched for, sorted by name, names unique, at least one
 * @param signature        64 bytes once signed, empty before
 */
public record BootDescriptor(int formatVersion, String algorithm, String keyId, long rollbackIndex, String release,
        String buildFingerprint, List<PartitionHash> partitions, byte[] signature) {

    public static final int FORMAT_VERSION = 1;
    public static final String ALGORITHM = "Ed25519";
    public static final int SIGNATURE_BYTES = 64;
    public static final int MAX_ENCODED_BYTES = 64 * 1024;
    public static final int MAX_PARTITIONS = 128;
    public static final int MAX_KEY_ID_BYTES = 64;
    public static final int MAX_RELEASE_BYTES = 128;
    public static final int MAX_FINGERPRINT_BYTES = 512;

    private static final byte[] MAGIC = "PSVBMETA".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_ALGORITHM_BYTES = 32;
    private static final int DIGEST_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_KEY_ID_BYTES + "}");
    private static final HexFormat HEX = HexFormat.of();

    public BootDescriptor {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(buildFingerprint, "buildFingerprint");
        Objects.requireNonNull(partitions, "partitions");
        signature = signature == null ? new byte[0] : signature.clone();
        if (formatVersion != FORMAT_VERSION) {
            throw new IllegalArgumentException("format version " + formatVersion + " is not supported (only "
                    + FORMAT_VERSION + ")");
        }
        if (!ALGORITHM.equals(algorithm)) {
            throw new IllegalArgumentException("algorithm '" + algorithm + "' is not supported (only " + ALGORITHM
                    + ")");
        }
        if (signature.length != 0 && signature.length != SIGNATURE_BYTES) {
            throw new IllegalArgumentException("signature is " + signature.length + " bytes, an " + ALGORITHM
                    + " signature has " + SIGNATURE_BYTES);
        }
        if (signature.length != 0 || !keyId.isEmpty()) {
            requireKeyId(keyId);
        }
        if (signature.length != 0 && keyId.isEmpty()) {
            throw new IllegalArgumentException("a signed descriptor needs the id of its key");
        }
        if (rollbackIndex < 0) {
            throw new IllegalArgumentException("rollback index " + rollbackIndex + " is negative");
        }
        requireText("release", release, MAX_RELEASE_BYTES);
        requireText("build fingerprint", buildFingerprint, MAX_FINGERPRINT_BYTES);
        List<PartitionHash> sorted = new ArrayList<>(partitions);
        sorted.forEach(p -> Objects.requireNonNull(p, "partition"));
        sorted.sort(Comparator.comparing(PartitionHash::name));
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("a descriptor must list at least one partition");
        }
        if (sorted.size() > MAX_PARTITIONS) {
            throw new IllegalArgumentException(sorted.size() + " partitions, more than the " + MAX_PARTITIONS
                    + " allowed");
        }
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).name().equals(sorted.get(i - 1).name())) {
                throw new IllegalArgumentException("partition " + sorted.get(i).name() + " is listed twice");
            }
        }
        partitions = List.copyOf(sorted);
    }

    /** A descriptor to be signed by {@link BootSigner#sign}. */
    public static BootDescriptor unsigned(long rollbackIndex, String release, String buildFingerprint,
            List<PartitionHash> partitions) {
        return new BootDescriptor(FORMAT_VERSION, ALGORITHM, "", rollbackIndex, release, buildFingerprint,
                partitions, new byte[0]);
    }

    /** A copy of the signature: 64 bytes once signed, empty before. */
    @Override
    public byte[] signature() {
        return signature.clone();
    }

    public boolean isSigned() {
        return signature.length != 0;
    }

    /** The partition of that name, if listed. */
    public Optional<PartitionHash> partition(String name) {
        return partitions.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** This descriptor, unsigned, to be signed with the key of that id. */
    BootDescriptor toBeSignedBy(String signingKeyId) {
        requireKeyId(signingKeyId);
        return new BootDescriptor(formatVersion, algorithm, signingKeyId, rollbackIndex, release, buildFingerprint,
                partitions, new byte[0]);
    }

    BootDescriptor withSignature(byte[] newSignature) {
        return new BootDescriptor(formatVersion, algorithm, keyId, rollbackIndex, release, buildFingerprint,
                partitions, newSignature);
    }

    /** The bytes the signature covers: the whole encoding up to (not including) the signature block. */
    public byte[] signingInput() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(MAGIC);
        u16(out, formatVersion);
        string(out, algorithm);
        string(out, keyId);
        u64(out, rollbackIndex);
        string(out, release);
        string(out, buildFingerprint);
        u16(out, partitions.size());
        for (PartitionHash partition : partitions) {
            string(out, partition.name());
            u64(out, partition.sizeBytes());
            out.writeBytes(HEX.parseHex(partition.sha256Hex()));
        }
        return out.toByteArray();
    }

    /** The binary form of this (signed) descriptor. */
    public byte[] encode() {
        if (!isSigned()) {
            throw new IllegalStateException("the descriptor is not signed yet; sign it with BootSigner first");
        }
        byte[] input = signingInput();
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + 2 + signature.length);
        out.writeBytes(input);
        u16(out, signature.length);
        out.writeBytes(signature);
        if (out.size() > MAX_ENCODED_BYTES) {
            throw new IllegalStateException("descriptor would be " + out.size() + " bytes, more than the "
                    + MAX_ENCODED_BYTES + " allowed");
        }
        return out.toByteArray();
    }

    /**
     * Reads a signed descriptor, strictly: anything but the canonical encoding of a signed descriptor is refused.
     * Does not check the signature ({@link BootVerifier} does).
     *
     * @throws MalformedDescriptorException saying what is wrong
     */
    public static BootDescriptor decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new MalformedDescriptorException("descriptor is empty");
        }
        if (bytes.length > MAX_ENCODED_BYTES) {
            throw new MalformedDescriptorException("descriptor is " + bytes.length + " bytes, more than the "
                    + MAX_ENCODED_BYTES + " allowed");
        }
        Cursor in = new Cursor(bytes);
        byte[] magic = in.bytes(MAGIC.length, "magic");
        if (!Arrays.equals(magic, MAGIC)) {
            throw new MalformedDescriptorException("not a boot descriptor: it starts with " + HEX.formatHex(magic)
                    + ", not the magic PSVBMETA");
        }
        int version = in.u16("format version");
        if (version != FORMAT_VERSION) {
            throw new MalformedDescriptorException("format version " + version + " is not supported (only "
                    + FORMAT_VERSION + ")");
        }
        String algorithm = in.string("algorithm", MAX_ALGORITHM_BYTES);
        if (!ALGORITHM.equals(algorithm)) {
            throw new MalformedDescriptorException("algorithm '" + algorithm + "' is not supported (only "
                    + ALGORITHM + ")");
        }
        String keyId = in.string("key id", MAX_KEY_ID_BYTES);
        long rollbackIndex = in.u64("rollback index");
        String release = in.string("release", MAX_RELEASE_BYTES);
        String fingerprint = in.string("build fingerprint", MAX_FINGERPRINT_BYTES);
        int count = in.u16("partition count");
        if (count == 0) {
            throw new MalformedDescriptorException("descriptor lists no partition");
        }
        if (count > MAX_PARTITIONS) {
            throw new MalformedDescriptorException(count + " partitions, more than the " + MAX_PARTITIONS
                    + " allowed");
        }
        List<PartitionHash> partitions = new ArrayList<>(count);
        String previous = null;
        for (int i = 0; i < count; i++) {
            String name = in.string("name of partition " + (i + 1), PartitionHash.MAX_NAME_BYTES);
            long size = in.u64("size of partition " + name);
            String digest = HEX.formatHex(in.bytes(DIGEST_BYTES, "digest of partition " + name));
            if (previous != null) {
                int order = name.compareTo(previous);
                if (order == 0) {
                    throw new MalformedDescriptorException("partition " + name + " is listed twice");
                }
                if (order < 0) {
                    throw new MalformedDescriptorException("partition " + name + " comes after " + previous
                            + ": partitions must be sorted by name");
                }
            }
            previous = name;
            partitions.add(valid(() -> new PartitionHash(name, size, digest)));
        }
        int signatureLength = in.u16("signature length");
        if (signatureLength != SIGNATURE_BYTES) {
            throw new MalformedDescriptorException("signature length is " + signatureLength + ", an " + ALGORITHM
                    + " signature has " + SIGNATURE_BYTES + " bytes");
        }
        byte[] signature = in.bytes(signatureLength, "signature");
        if (in.remaining() > 0) {
            throw new MalformedDescriptorException(in.remaining() + " bytes of trailing data after the signature");
        }
        if (keyId.isEmpty()) {
            throw new MalformedDescriptorException("key id is empty");
        }
        BootDescriptor descriptor = valid(() -> new BootDescriptor(version, algorithm, keyId, rollbackIndex, release,
                fingerprint, partitions, signature));
        // what is verified is the re-encoded signing input, so it must be these very bytes
        if (!Arrays.equals(descriptor.encode(), bytes)) {
            throw new MalformedDescriptorException("descriptor is not in canonical form");
        }
        return descriptor;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BootDescriptor that
                && formatVersion == that.formatVersion
                && rollbackIndex == that.rollbackIndex
                && algorithm.equals(that.algorithm)
                && keyId.equals(that.keyId)
                && release.equals(that.release)
                && buildFingerprint.equals(that.buildFingerprint)
                && partitions.equals(that.partitions)
                && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(formatVersion, algorithm, keyId, rollbackIndex, release, buildFingerprint, partitions)
                * 31 + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return "BootDescriptor[v" + formatVersion + " " + algorithm
                + " key=" + (keyId.isEmpty() ? "(none)" : keyId)
                + " rollbackIndex=" + rollbackIndex + " release=" + release + " fingerprint=" + buildFingerprint
                + " partitions=" + partitions + (isSigned() ? " signed" : " unsigned") + "]";
    }

    private static void requireKeyId(String keyId) {
        if (keyId == null || !KEY_ID.matcher(keyId).matches()) {
            throw new IllegalArgumentException("key id '" + keyId + "' must be 1 to " + MAX_KEY_ID_BYTES
                    + " of A-Z a-z 0-9 . _ -");
        }
    }

    private static void requireText(String what, String text, int maxBytes) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        int length = text.getBytes(StandardCharsets.UTF_8).length;
        if (length > maxBytes) {
            throw new IllegalArgumentException(what + " is " + length + " bytes of UTF-8, more than the "
                    + maxBytes + " allowed");
        }
    }

    private static <T> T valid(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException invalid) {
            throw new MalformedDescriptorException(invalid.getMessage(), invalid);
        }
    }

    private static void u16(ByteArrayOutputStream out, int value) {
        out.write(value >>> 8);
        out.write(value);
    }

    private static void u64(ByteArrayOutputStream out, long value) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            out.write((int) (value >>> shift));
        }
    }

    private static void string(ByteArrayOutputStream out, String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        u16(out, utf8.length);
        out.writeBytes(utf8);
    }

    /** Reads the fields in order, saying which one is cut short or out of bounds. */
    private static final class Cursor {
        private final byte[] data;
        private int position;

        Cursor(byte[] data) {
            this.data = data;
        }

        int remaining() {
            return data.length - position;
        }

        byte[] bytes(int count, String field) {
            if (count > remaining()) {
                throw new MalformedDescriptorException("descriptor is truncated: " + field + " needs " + count
                        + " bytes at offset " + position + ", only " + remaining() + " left");
            }
            byte[] out = Arrays.copyOfRange(data, position, position + count);
            position += count;
            return out;
        }

        int u16(String field) {
            byte[] b = bytes(2, field);
            return ((b[0] & 0xff) << 8) | (b[1] & 0xff);
        }

        long u64(String field) {
            long value = ByteBuffer.wrap(bytes(8, field)).getLong();
            if (value < 0) {
                throw new MalformedDescriptorException(field + " is out of range (above 2^63 - 1)");
            }
            return value;
        }

        String string(String field, int maxBytes) {
            int length = u16(field + " length");
            if (length > maxBytes) {
                throw new MalformedDescriptorException(field + " is " + length + " bytes long, more than the "
                        + maxBytes + " allowed");
            }
            byte[] utf8 = bytes(length, field);
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(utf8))
                        .toString();
            } catch (CharacterCodingException notUtf8) {
                throw new MalformedDescriptorException(field + " is not valid UTF-8", notUtf8);
            }
        }
    }
}

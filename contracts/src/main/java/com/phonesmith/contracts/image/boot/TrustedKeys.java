package com.phonesmith.contracts.image.boot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Ed25519 public keys a device accepts boot descriptors from, by key id. Immutable.
 *
 * <p>A key's id is {@code "k-"} followed by the first 16 hex characters of the SHA-256 of its X.509
 * SubjectPublicKeyInfo encoding ({@link #keyIdOf}), so anyone holding the key can check its id.
 *
 * <h2>Text form</h2>
 * How a device or the factory is given its trusted keys: UTF-8 text, one entry per key, each a {@code Key-Id:}
 * line directly followed by the key as a PEM {@code PUBLIC KEY} block. Blank lines and lines starting with
 * {@code #} between entries are ignored. The id must be the one computed from the key, and a key appears once.
 * {@link #toPem()} writes the entries in key id order, so the same keys always give the same text.
 * <pre>
 * # Phonesmith trusted boot keys
 * Key-Id: k-1a2b3c4d5e6f7a8b
 * -----BEGIN PUBLIC KEY-----
 * MCowBQYDK2VwAyEA...
 * -----END PUBLIC KEY-----
 * </pre>
 * One entry on its own is the same form, so files holding one key each can be concatenated into a set.
 */
public final class TrustedKeys {
    public static final String KEY_ID_HEADER = "Key-Id:";

    private static final TrustedKeys NONE = new TrustedKeys(new TreeMap<>());

    private final SortedMap<String, PublicKey> byId;

    private TrustedKeys(SortedMap<String, PublicKey> byId) {
        this.byId = Collections.unmodifiableSortedMap(byId);
    }

    public static TrustedKeys none() {
        return NONE;
    }

    public static TrustedKeys of(PublicKey... keys) {
        return of(List.of(keys));
    }

    /** @throws IllegalArgumentException if a key is not an Ed25519 public key */
    public static TrustedKeys of(Collection<? extends PublicKey> keys) {
        SortedMap<String, PublicKey> byId = new TreeMap<>();
        for (PublicKey key : keys) {
            PublicKey ed25519 = Pem.ed25519(key);
            byId.put(keyIdOf(ed25519), ed25519);
        }
        return new TrustedKeys(byId);
    }

    /** The id of an Ed25519 public key: {@code "k-"} + the first 16 hex of SHA-256 of its X.509 encoding. */
    public static String keyIdOf(PublicKey key) {
        byte[] encoded = Pem.ed25519(key).getEncoded();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(encoded);
            return "k-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** These keys and one more. */
    public TrustedKeys with(PublicKey key) {
        PublicKey ed25519 = Pem.ed25519(key);
        SortedMap<String, PublicKey> more = new TreeMap<>(byId);
        more.put(keyIdOf(ed25519), ed25519);
        return new TrustedKeys(more);
    }

    /** These keys but the one with that id (if it is there). */
    public TrustedKeys without(String keyId) {
        SortedMap<String, PublicKey> fewer = new TreeMap<>(byId);
        fewer.remove(keyId);
        return new TrustedKeys(fewer);
    }

    public Optional<PublicKey> find(String keyId) {
        return Optional.ofNullable(byId.get(keyId));
    }

    public boolean trusts(String keyId) {
        return byId.containsKey(keyId);
    }

    /** The key ids, sorted. */
    public SortedSet<String> keyIds() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(byId.keySet()));
    }

    public int size() {
        return byId.size();
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    /** The text form (see the class comment): one {@code Key-Id:} line and PEM block per key, in id order. */
    public String toPem() {
        StringBuilder out = new StringBuilder();
        for (var entry : byId.entrySet()) {
            out.append(entry(entry.getKey(), entry.getValue()));
        }
        return out.toString();
    }

    /** The text form of one key: its {@code Key-Id:} line and its PEM block. */
    public static String entry(PublicKey key) {
        return entry(keyIdOf(key), Pem.ed25519(key));
    }

    private static String entry(String keyId, PublicKey key) {
        return KEY_ID_HEADER + " " + keyId + "\n" + Pem.encode(Pem.PUBLIC_KEY, key.getEncoded());
    }

    /**
     * Reads the text form (see the class comment).
     *
     * @throws IllegalArgumentException naming the line that is wrong: text outside an entry, a block without
     *     its id, an id that is not the key's, a key given twice, a key that is not Ed25519
     */
    public static TrustedKeys parse(String text) {
        SortedMap<String, PublicKey> byId = new TreeMap<>();
        List<String> lines = text.replace("\uFEFF", "").lines().map(String::strip).toList();
        String begin = Pem.begin(Pem.PUBLIC_KEY);
        String end = Pem.end(Pem.PUBLIC_KEY);
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            int lineNumber = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                i++;
                continue;
            }
            if (!line.startsWith(KEY_ID_HEADER)) {
                throw new IllegalArgumentException("line " + lineNumber + ": expected '" + KEY_ID_HEADER
                        + " k-...' before a public key, found '" + abbreviate(line) + "'");
            }
            String keyId = line.substring(KEY_ID_HEADER.length()).strip();
            if (i + 1 >= lines.size() || !lines.get(i + 1).equals(begin)) {
                throw new IllegalArgumentException("line " + (lineNumber + 1) + ": expected '" + begin
                        + "' right after the key id " + keyId);
            }
            int j = i + 2;
            List<String> base64 = new ArrayList<>();
            while (j < lines.size() && !lines.get(j).equals(end)) {
                base64.add(lines.get(j));
                j++;
            }
            if (j >= lines.size()) {
                throw new IllegalArgumentException("line " + (lineNumber + 1) + ": the public key of " + keyId
                        + " has no '" + end + "' line");
            }
            PublicKey key;
            try {
                key = Pem.ed25519PublicKey(Pem.base64(base64));
            } catch (IllegalArgumentException bad) {
                throw new IllegalArgumentException("line " + (lineNumber + 1) + ": key " + keyId + ": "
                        + bad.getMessage(), bad);
            }
            String actual = keyIdOf(key);
            if (!actual.equals(keyId)) {
                throw new IllegalArgumentException("line " + lineNumber + ": key id " + keyId
                        + " does not match the key that follows it, whose id is " + actual);
            }
            if (byId.putIfAbsent(keyId, key) != null) {
                throw new IllegalArgumentException("line " + lineNumber + ": key " + keyId + " is given twice");
            }
            i = j + 1;
        }
        return new TrustedKeys(byId);
    }

    /** {@link #parse} of UTF-8 bytes. */
    public static TrustedKeys parse(byte[] utf8) {
        return parse(new String(utf8, StandardCharsets.UTF_8));
    }

    private static String abbreviate(String line) {
        return line.length() <= 40 ? line : line.substring(0, 40) + "...";
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof TrustedKeys that) || !byId.keySet().equals(that.byId.keySet())) {
            return false;
        }
        return byId.entrySet().stream().allMatch(e ->
                MessageDigest.isEqual(e.getValue().getEncoded(), that.byId.get(e.getKey()).getEncoded()));
    }

    @Override
    public int hashCode() {
        return byId.keySet().hashCode();
    }

    @Override
    public String toString() {
        return "TrustedKeys" + byId.keySet();
    }
}

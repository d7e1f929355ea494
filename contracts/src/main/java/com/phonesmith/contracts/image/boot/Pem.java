package com.phonesmith.contracts.image.boot;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * PEM text (RFC 7468): a DER structure in base64, 64 characters a line, between
 * {@code -----BEGIN <label>-----} and {@code -----END <label>-----} lines. Also the Ed25519 public key form,
 * label {@code PUBLIC KEY} around an X.509 SubjectPublicKeyInfo.
 */
public final class Pem {
    public static final String PUBLIC_KEY = "PUBLIC KEY";
    public static final String PRIVATE_KEY = "PRIVATE KEY";

    private static final int LINE = 64;

    private Pem() {
    }

    public static String begin(String label) {
        return "-----BEGIN " + label + "-----";
    }

    public static String end(String label) {
        return "-----END " + label + "-----";
    }

    /** The PEM block of those DER bytes, each line ending with {@code \n}. */
    public static String encode(String label, byte[] der) {
        String base64 = Base64.getEncoder().encodeToString(der);
        StringBuilder out = new StringBuilder(base64.length() + 80).append(begin(label)).append('\n');
        for (int i = 0; i < base64.length(); i += LINE) {
            out.append(base64, i, Math.min(base64.length(), i + LINE)).append('\n');
        }
        return out.append(end(label)).append('\n').toString();
    }

    /**
     * The DER bytes of the one block with that label in the text; lines outside it are ignored.
     *
     * @throws IllegalArgumentException if there is no such block, more than one, or it is not base64
     */
    public static byte[] decode(String label, String text) {
        Objects.requireNonNull(text, "text");
        List<String> lines = text.lines().map(String::strip).toList();
        int begin = lines.indexOf(begin(label));
        if (begin < 0) {
            throw new IllegalArgumentException("no '" + begin(label) + "' line");
        }
        if (lines.lastIndexOf(begin(label)) != begin) {
            throw new IllegalArgumentException("more than one '" + begin(label) + "' block");
        }
        int end = lines.subList(begin, lines.size()).indexOf(end(label));
        if (end < 0) {
            throw new IllegalArgumentException("'" + begin(label) + "' without its '" + end(label) + "' line");
        }
        return base64(lines.subList(begin + 1, begin + end));
    }

    /** Decodes the base64 lines between a BEGIN and an END line. */
    static byte[] base64(List<String> lines) {
        try {
            byte[] der = Base64.getDecoder().decode(String.join("", lines));
            if (der.length == 0) {
                throw new IllegalArgumentException("the PEM block is empty");
            }
            return der;
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("the PEM block is not valid base64: " + notBase64.getMessage(),
                    notBase64);
        }
    }

    /** The PEM text of a public key (X.509 SubjectPublicKeyInfo). */
    public static String publicKey(PublicKey key) {
        return encode(PUBLIC_KEY, ed25519(key).getEncoded());
    }

    /** The Ed25519 public key in a {@code PUBLIC KEY} PEM block. */
    public static PublicKey parsePublicKey(String pem) {
        return ed25519PublicKey(decode(PUBLIC_KEY, pem));
    }

    /**
     * The Ed25519 public key with this X.509 SubjectPublicKeyInfo encoding.
     *
     * @throws IllegalArgumentException if the bytes are not one (another algorithm, or garbage)
     */
    public static PublicKey ed25519PublicKey(byte[] subjectPublicKeyInfo) {
        try {
            return KeyFactory.getInstance(BootDescriptor.ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(subjectPublicKeyInfo));
        } catch (GeneralSecurityException | RuntimeException notEd25519) {
            throw new IllegalArgumentException("not an Ed25519 public key: " + notEd25519.getMessage(), notEd25519);
        }
    }

    /** The key itself if it is an Ed25519 public key, else an {@link IllegalArgumentException}. */
    static PublicKey ed25519(PublicKey key) {
        Objects.requireNonNull(key, "key");
        if (!"X.509".equals(key.getFormat()) || key.getEncoded() == null) {
            throw new IllegalArgumentException("not an Ed25519 public key: format " + key.getFormat());
        }
        return ed25519PublicKey(key.getEncoded());
    }
}

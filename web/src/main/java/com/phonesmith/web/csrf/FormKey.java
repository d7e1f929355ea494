package com.phonesmith.web.csrf;

import com.phonesmith.web.token.TokenKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that ties a form's CSRF token to its browser (signed double-submit cookie, OWASP): the token in a
 * form is the HMAC of the browser's CSRF cookie under this key, so a page on another site can neither read the
 * token nor make one for a cookie it planted. Kept beside the signing key, shared by web's replicas.
 */
@ApplicationScoped
public class FormKey {
    static final String FILE = "form-key";
    private final byte[] key;

    public FormKey(TokenKeys keys) {
        try {
            this.key = Base64.getDecoder().decode(keys.folder().readOrCreate(FILE, FormKey::randomBase64).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make web's form key", e);
        }
    }

    static String randomBase64() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The form token of a browser's CSRF cookie value. */
    public String tokenFor(String cookieValue) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(cookieValue.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    /** Whether {@code token} is the form token of {@code cookieValue}, compared in constant time. */
    public boolean matches(String cookieValue, String token) {
        if (cookieValue == null || cookieValue.isEmpty() || token == null) {
            return false;
        }
        return MessageDigest.isEqual(tokenFor(cookieValue).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }
}

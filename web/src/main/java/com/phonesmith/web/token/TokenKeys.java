package com.phonesmith.web.token;

import com.phonesmith.web.WebConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;

/**
 * Web's signing key, loaded (or made, on a developer's first start) when web starts, so that a missing key in
 * production stops the start instead of the first sign-in. Keys retired after a rotation
 * ({@code token-signing-key.*.retired.pem}) are still published, so the tokens they signed stay valid until
 * they expire.
 */
@Startup
@ApplicationScoped
public class TokenKeys {
    static final String KEY_FILE = "token-signing-key.pem";
    private static final Logger LOG = Logger.getLogger(TokenKeys.class);

    private final SigningKey current;
    private final List<SigningKey> published;
    private final KeyFolder folder;

    public TokenKeys(WebConfig config) {
        this.folder = new KeyFolder(config.tokens().keysDir(), config.tokens().generateMissingKeys());
        try {
            this.current = SigningKey.fromPem(folder.readOrCreate(KEY_FILE, SigningKey::generatePem));
            List<SigningKey> keys = new ArrayList<>(List.of(current));
            try (DirectoryStream<Path> retired = Files.newDirectoryStream(folder.dir(), "token-signing-key.*.retired.pem")) {
                for (Path file : retired) {
                    keys.add(SigningKey.fromPem(Files.readString(file)));
                }
            }
            this.published = List.copyOf(keys);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make web's signing key in " + folder.dir(), e);
        }
        LOG.infof("signing tokens with key %s from %s (%d published)", current.keyId(), folder.dir(), published.size());
    }

    public SigningKey current() {
        return current;
    }

    public KeyFolder folder() {
        return folder;
    }

    /** The public keys as a JWKS document. */
    public String jwks() {
        return new JsonWebKeySet(published.stream().<JsonWebKey>map(SigningKey::publicJwk).toList()).toJson();
    }
}

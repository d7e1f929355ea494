package com.phonesmith.devstack.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Tokens for the tests of a service, signed the way web signs them (RS256, issuer {@value #ISSUER}, audience
 * {@value #AUDIENCE}, roles in {@code groups}), by a key pair made once per test JVM whose public half
 * {@link PhonesmithTestResource} gives the service as its trusted JWKS. Also the tokens a service must refuse:
 * expired, signed by another key under the same key id, and tampered with after signing.
 */
public final class TestTokens {
    public static final String ISSUER = "phonesmith-web";
    public static final String AUDIENCE = "phonesmith";

    private static final String KEYS_PROPERTY = "phonesmith.test.token-keys";
    private static TestTokens instance;

    private final RsaJsonWebKey trusted;
    private final RsaJsonWebKey foreign;
    private final Path jwksFile;

    private TestTokens(RsaJsonWebKey trusted, RsaJsonWebKey foreign, Path jwksFile) {
        this.trusted = trusted;
        this.foreign = foreign;
        this.jwksFile = jwksFile;
    }

    /**
     * The key pairs of this JVM. Quarkus loads test code and test resources in different class loaders, so the
     * keys are kept in a file named by a system property, and every loader reads the same ones.
     */
    public static TestTokens get() {
        synchronized (System.getProperties()) {
            if (instance == null) {
                instance = loadOrMake();
            }
            return instance;
        }
    }

    private static TestTokens loadOrMake() {
        try {
            String saved = System.getProperty(KEYS_PROPERTY);
            RsaJsonWebKey trusted;
            RsaJsonWebKey foreign;
            if (saved != null) {
                List<JsonWebKey> keys = new JsonWebKeySet(Files.readString(Path.of(saved))).getJsonWebKeys();
                trusted = (RsaJsonWebKey) keys.get(0);
                foreign = (RsaJsonWebKey) keys.get(1);
            } else {
                trusted = RsaJwkGenerator.generateJwk(2048);
                trusted.setKeyId("test-" + UUID.randomUUID());
                trusted.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
                trusted.setUse("sig");
                foreign = RsaJwkGenerator.generateJwk(2048);
                foreign.setKeyId(trusted.getKeyId()); // same kid: only the signature tells them apart
                Path both = temporaryFile("phonesmith-test-keys-");
                Files.writeString(both, new JsonWebKeySet(trusted, foreign)
                        .toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
                System.setProperty(KEYS_PROPERTY, both.toString());
            }
            Path jwks = temporaryFile("phonesmith-test-jwks-");
            Files.writeString(jwks, new JsonWebKeySet(trusted).toJson());
            return new TestTokens(trusted, foreign, jwks);
        } catch (JoseException e) {
            throw new IllegalStateException("cannot make or read the test signing keys", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryFile(String prefix) throws IOException {
        Path file = Files.createTempFile(prefix, ".json");
        file.toFile().deleteOnExit();
        return file;
    }

    /** The trusted public key as a JWKS document, for {@code mp.jwt.verify.publickey.location}. */
    public Path jwksFile() {
        return jwksFile;
    }

    /** A valid token for a fresh account of this role (a partner of maker {@code nordvik}). */
    public String forRole(String role) {
        Token token = token().subject(role + "-" + UUID.randomUUID()).roles(role);
        return "partner".equals(role) ? token.maker("nordvik").sign() : token.sign();
    }

    public String shopper(String accountId) {
        return token().subject(accountId).roles("shopper").sign();
    }

    public String partner(String accountId, String maker) {
        return token().subject(accountId).roles("partner").maker(maker).sign();
    }

    /** Expired ten minutes ago, beyond any clock skew a service tolerates. */
    public String expired(String role) {
        return token().subject(role + "-expired").roles(role).issuedAt(Instant.now().minus(Duration.ofMinutes(20)))
                .expiresAt(Instant.now().minus(Duration.ofMinutes(10))).sign();
    }

    /** Well-formed and otherwise valid, but signed by a key the service does not trust. */
    public String signedByForeignKey(String role) {
        return token().subject(role + "-foreign").roles(role).signWith(foreign);
    }

    /** A valid shopper token whose payload was changed to claim the support role after it was signed. */
    public String tampered() {
        String[] parts = token().subject("tampered").roles("shopper").sign().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]))
                .replace("\"shopper\"", "\"support\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "."
                + parts[2];
    }

    public Token token() {
        return new Token();
    }

    /** A token being built: issuer, audience and a five-minute lifetime preset. */
    public final class Token {
        private final JwtClaims claims = new JwtClaims();
        private Instant issuedAt = Instant.now();
        private Instant expiresAt = issuedAt.plus(Duration.ofMinutes(5));

        private Token() {
            claims.setIssuer(ISSUER);
            claims.setAudience(AUDIENCE);
            claims.setGeneratedJwtId();
        }

        public Token subject(String subject) {
            claims.setSubject(subject);
            return this;
        }

        public Token roles(String... roles) {
            claims.setStringListClaim("groups", List.of(roles));
            return this;
        }

        public Token maker(String maker) {
            claims.setClaim("maker", maker);
            return this;
        }

        public Token claim(String name, Object value) {
            claims.setClaim(name, value);
            return this;
        }

        public Token issuedAt(Instant at) {
            issuedAt = at;
            return this;
        }

        public Token expiresAt(Instant at) {
            expiresAt = at;
            return this;
        }

        public String sign() {
            return signWith(trusted);
        }

        private String signWith(RsaJsonWebKey key) {
            claims.setIssuedAt(NumericDate.fromMilliseconds(issuedAt.toEpochMilli()));
            claims.setExpirationTime(NumericDate.fromMilliseconds(expiresAt.toEpochMilli()));
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(key.getPrivateKey());
            jws.setKeyIdHeaderValue(key.getKeyId());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            try {
                return jws.getCompactSerialization();
            } catch (JoseException e) {
                throw new IllegalStateException("cannot sign a test token", e);
            }
        }
    }
}

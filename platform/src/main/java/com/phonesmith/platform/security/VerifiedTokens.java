package com.phonesmith.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The services' token parser, which remembers the tokens it has verified: web reuses a person's token for the calls
 * of a minute and clients reuse theirs for its life, so most requests carry a token already verified, and its
 * RS256 signature and claims are not checked again until it expires. A token is remembered by its exact text (the
 * signature included), only until its {@code exp}, and the memory is bounded. Everything else is smallrye-jwt's
 * {@link DefaultJWTParser}.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {
    static final int MAX_REMEMBERED = 20_000;

    private final Instance<DefaultJWTParser> parsers;
    private final Clock clock;
    private final UntilExpiry<JsonWebToken> verified = new UntilExpiry<>(MAX_REMEMBERED,
            JsonWebToken::getExpirationTime);

    public VerifiedTokens(Instance<DefaultJWTParser> parsers, Clock clock) {
        this.parsers = parsers;
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        return verified.get(token, clock.millis() / 1000, unknown -> parser().parse(unknown));
    }

    /** The token if it was verified before and has not expired since; empty otherwise (nothing is verified here). */
    public Optional<JsonWebToken> remembered(String token) {
        return Optional.ofNullable(verified.peek(token, clock.millis() / 1000));
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser().parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser().verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser().verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser().verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser().decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser().decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser().decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser().parseOnly(token);
    }

    private DefaultJWTParser parser() {
        return parsers.get();
    }
}

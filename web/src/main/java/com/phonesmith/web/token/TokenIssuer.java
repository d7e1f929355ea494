package com.phonesmith.web.token;

import com.phonesmith.platform.security.Claims;
import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.WebConfig;
import com.phonesmith.web.account.Person;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs the short-lived JWTs with which web calls the services on somebody's behalf (standard claims {@code iss},
 * {@code sub}, {@code aud}, {@code groups}, {@code exp}; {@code maker} for partners; {@code client_ip}, the
 * browser's address, for the services' per-address limits). A token signed for a call is reused for the next
 * calls of the same person from the same address while most of its life is left, so a page that calls three
 * services signs once.
 */
@ApplicationScoped
public class TokenIssuer {
    private static final int CACHE_LIMIT = 10_000;

    private record Cached(String token, Instant reuseUntil) {
    }

    private final TokenKeys keys;
    private final WebConfig.Tokens config;
    private final Clock clock;
    private final Map<String, Cached> recent = new ConcurrentHashMap<>();

    public TokenIssuer(TokenKeys keys, WebConfig config, Clock clock) {
        this.keys = keys;
        this.config = config.tokens();
        this.clock = clock;
    }

    /** A token for one call to a service on this person's behalf. */
    public String forCall(Person person, String clientAddress) {
        return reuse("person:" + person.id() + "|" + clientAddress, () -> forPerson(person, clientAddress,
                config.callLifetime()));
    }

    /** A token of role {@code service} with which web itself calls a service for a guest at this address. */
    public String forGuestCall(String clientAddress) {
        return reuse("guest|" + clientAddress, () -> forService("web", clientAddress, config.callLifetime()));
    }

    public String forPerson(Person person, String clientAddress, Duration lifetime) {
        JwtClaimsBuilder claims = base(person.id().toString(), Set.of(person.role()), lifetime)
                .preferredUserName(person.username())
                .claim(Claims.CLIENT_IP, clientAddress);
        person.maker().ifPresent(maker -> claims.claim(Claims.MAKER, maker));
        return sign(claims);
    }

    /** A token of role {@code service}; {@code clientAddress} names the person it acts for, if any. */
    public String forService(String clientId, String clientAddress, Duration lifetime) {
        JwtClaimsBuilder claims = base(clientId, Set.of(Roles.SERVICE), lifetime);
        if (clientAddress != null) {
            claims.claim(Claims.CLIENT_IP, clientAddress);
        }
        return sign(claims);
    }

    private JwtClaimsBuilder base(String subject, Set<String> groups, Duration lifetime) {
        Instant now = clock.instant();
        return Jwt.issuer(config.issuer()).audience(config.audience()).subject(subject).groups(groups)
                .issuedAt(now).expiresAt(now.plus(lifetime));
    }

    private String sign(JwtClaimsBuilder claims) {
        SigningKey key = keys.current();
        return claims.jws().keyId(key.keyId()).sign(key.privateKey());
    }

    private String reuse(String key, java.util.function.Supplier<String> sign) {
        Instant now = clock.instant();
        Cached cached = recent.get(key);
        if (cached != null && now.isBefore(cached.reuseUntil())) {
            return cached.token();
        }
        if (recent.size() > CACHE_LIMIT) {
            recent.clear();
        }
        String token = sign.get();
        // reuse for a fifth of its life: a service never receives one with less than 80% of its life left
        recent.put(key, new Cached(token, now.plus(config.callLifetime().dividedBy(5))));
        return token;
    }
}

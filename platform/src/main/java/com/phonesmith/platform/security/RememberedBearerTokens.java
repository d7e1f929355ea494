package com.phonesmith.platform.security;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Knows the caller of a bearer token that {@link VerifiedTokens} has already verified, without going through the
 * identity providers again: most requests carry such a token (web reuses a person's token for a minute, clients
 * theirs for its life), and the provider chain around the cached verification (reactive plumbing and context
 * propagation) cost more than the check itself. Any other request (no bearer token, or one not verified yet,
 * expired, tampered) is left to smallrye-jwt's mechanism, which verifies it and answers its failures, and whose
 * verification {@link VerifiedTokens} remembers for the next request.
 * <p>
 * It needs no identity provider (it makes the identity itself). web, which signs tokens rather than verifying
 * them, leaves it out ({@code quarkus.arc.exclude-types}).
 */
@ApplicationScoped
public class RememberedBearerTokens implements HttpAuthenticationMechanism {
    private static final String BEARER = "Bearer ";

    private final VerifiedTokens verified;

    public RememberedBearerTokens(VerifiedTokens verified) {
        this.verified = verified;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.startsWith(BEARER)) {
            return Uni.createFrom().nullItem();
        }
        String token = header.substring(BEARER.length()).trim();
        JsonWebToken known = verified.remembered(token).orElse(null);
        if (known == null) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(identityOf(known, token, context));
    }

    /** The identity smallrye-jwt would make of the token: the token as principal, its groups as roles. */
    static SecurityIdentity identityOf(JsonWebToken token, String raw, RoutingContext context) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(token)
                .addCredential(new TokenCredential(raw, "bearer"))
                .addRoles(token.getGroups())
                .addAttribute(RoutingContext.class.getName(), context)
                .build();
    }

    /** Never challenges: smallrye-jwt's mechanism answers a missing or bad token. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    /** Asked before smallrye-jwt's mechanism (default priority), so a remembered token skips it. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }
}

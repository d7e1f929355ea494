package com.phonesmith.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The {@link Caller} of the current request, made from its verified identity. Asking for it authenticates the
 * request (authentication is lazy): a token that is present but expired, tampered or signed by a foreign key
 * fails the request with 401 here, even on an endpoint open to guests, so a bad token is never taken for none.
 * What a token says of its caller is read once per token (tokens are reused), not on every request.
 */
@RequestScoped
public class CurrentCaller {
    static final int MAX_REMEMBERED = 20_000;

    /** What a verified token says of its caller; {@code clientAddress} is null when it does not say. */
    private record TokenFacts(String subject, Set<String> roles, Optional<String> maker, String clientAddress,
            long expiresAt) {
    }

    private static final UntilExpiry<TokenFacts> FACTS = new UntilExpiry<>(MAX_REMEMBERED, TokenFacts::expiresAt);

    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;
    private Caller caller;

    public CurrentCaller(SecurityIdentity identity, CurrentVertxRequest request) {
        this.identity = identity;
        this.request = request;
    }

    public Caller get() {
        if (caller == null) {
            caller = of(identity, request);
        }
        return caller;
    }

    private static Caller of(SecurityIdentity identity, CurrentVertxRequest request) {
        if (identity.isAnonymous()) {
            return Caller.guest(remoteAddress(request.getCurrent()));
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            TokenFacts facts = factsOf(token);
            String address = facts.clientAddress() != null ? facts.clientAddress() : remoteAddress(request.getCurrent());
            return new Caller(Optional.of(facts.subject()), facts.roles(), facts.maker(), address);
        }
        return new Caller(Optional.of(identity.getPrincipal().getName()), Set.copyOf(identity.getRoles()),
                Optional.empty(), remoteAddress(request.getCurrent()));
    }

    private static TokenFacts factsOf(JsonWebToken token) {
        String raw = token.getRawToken();
        long now = System.currentTimeMillis() / 1000;
        return raw == null ? readFacts(token) : FACTS.get(raw, now, unused -> readFacts(token));
    }

    /** Reads a token's claims; smallrye-jwt throws (and catches) inside for each custom claim, hence the cache. */
    private static TokenFacts readFacts(JsonWebToken token) {
        Object claimedAddress = token.containsClaim(Claims.CLIENT_IP) ? token.getClaim(Claims.CLIENT_IP) : null;
        return new TokenFacts(token.getName(), Set.copyOf(token.getGroups()),
                token.containsClaim(Claims.MAKER) ? Optional.of(String.valueOf(token.<Object>getClaim(Claims.MAKER)))
                        : Optional.empty(),
                claimedAddress == null || claimedAddress.toString().isBlank() ? null : claimedAddress.toString(),
                token.getExpirationTime());
    }

    private static String remoteAddress(RoutingContext routing) {
        if (routing == null) {
            return "unknown";
        }
        SocketAddress address = routing.request().remoteAddress();
        return address == null || address.hostAddress() == null ? "unknown" : address.hostAddress();
    }
}

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
 */
@RequestScoped
public class CurrentCaller {
    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;
    private Caller caller;

    public CurrentCaller(SecurityIdentity identity, CurrentVertxRequest request) {
        this.identity = identity;
        this.request = request;
    }

    public Caller get() {
        if (caller == null) {
            caller = of(identity, remoteAddress(request.getCurrent()));
        }
        return caller;
    }

    static Caller of(SecurityIdentity identity, String remoteAddress) {
        if (identity.isAnonymous()) {
            return Caller.guest(remoteAddress);
        }
        Optional<String> maker = Optional.empty();
        String clientAddress = remoteAddress;
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            maker = Optional.ofNullable(token.<Object>getClaim(Claims.MAKER)).map(Object::toString);
            Object claimed = token.getClaim(Claims.CLIENT_IP);
            if (claimed != null && !claimed.toString().isBlank()) {
                clientAddress = claimed.toString();
            }
        }
        return new Caller(Optional.of(identity.getPrincipal().getName()), Set.copyOf(identity.getRoles()), maker,
                clientAddress);
    }

    private static String remoteAddress(RoutingContext routing) {
        if (routing == null) {
            return "unknown";
        }
        SocketAddress address = routing.request().remoteAddress();
        return address == null || address.hostAddress() == null ? "unknown" : address.hostAddress();
    }
}

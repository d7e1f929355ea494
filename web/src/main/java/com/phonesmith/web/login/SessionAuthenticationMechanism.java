package com.phonesmith.web.login;

import com.phonesmith.web.WebConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Knows people by their session cookie. A cookie of a session that has ended makes the request anonymous (and
 * the cookie is cleared), so that a page open to everybody still shows, and a protected page asks to sign in.
 * Knows nobody when people sign in at an OpenID Connect provider instead (quarkus-oidc's mechanism knows them).
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {
    /** Routing context key: the request carried a session cookie that no longer signs anybody in. */
    public static final String SESSION_ENDED = "phonesmith.session-ended";

    private final SessionCookie cookie;
    private final boolean atProvider;

    public SessionAuthenticationMechanism(SessionCookie cookie, WebConfig config) {
        this.cookie = cookie;
        this.atProvider = config.signIn().atProvider();
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        Cookie session = atProvider ? null : context.request().getCookie(SessionCookie.NAME);
        if (session == null || session.getValue().isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        AuthenticationRequest request = HttpSecurityUtils.setRoutingContextAttribute(
                new SessionRequest(session.getValue()), context);
        return identities.authenticate(request).onFailure(AuthenticationFailedException.class).recoverWithUni(() -> {
            context.put(SESSION_ENDED, true);
            context.response().addCookie(cookie.vertxClear());
            return Uni.createFrom().nullItem();
        });
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(303, "Location", "/login"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionRequest.class);
    }
}

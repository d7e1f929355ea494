package com.phonesmith.web.backend;

import com.phonesmith.web.WebConfig;
import com.phonesmith.web.security.Viewer;
import com.phonesmith.web.token.TokenIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes the {@link Access} of a call: as the person looking at the page, or as web acting for a guest. The one place
 * that decides with which token: one web signs ({@link SignedByWeb}), or, when people sign in at an OpenID Connect
 * provider, the provider's ({@link FromProvider}).
 */
@ApplicationScoped
public class Accesses {
    /** A stream that forwards a token ends this long before the token does, so the browser asks again in time. */
    static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);

    private final CallCredentials credentials;

    public Accesses(TokenIssuer issuer, FromProvider provider, WebConfig config) {
        this.credentials = config.signIn().atProvider() ? provider : new SignedByWeb(issuer);
    }

    /** As the viewer: their token if signed in, nothing for a guest (who may add a tracking token). */
    public Access of(Viewer viewer) {
        return credentials.of(viewer);
    }

    /**
     * As the viewer, for work that outlives the request (a live stream): with web's tokens each call signs a fresh
     * one, since the one of a single call is short-lived; a provider's token lasts until {@link #renewBy}. Carries
     * the tracking token, if any.
     */
    public Supplier<Access> renewing(Viewer viewer, String trackingToken) {
        return credentials.renewing(viewer, trackingToken);
    }

    /** As web itself (role service) on behalf of a guest at the viewer's address: to place a guest's order. */
    public Access forGuest(Viewer viewer) {
        return credentials.forGuest(viewer);
    }

    /**
     * When work that outlives the request must end, because the token {@link #renewing} hands out runs out (a
     * provider's access token): the browser then asks again, and its request brings a fresh token. Empty when the
     * tokens renew themselves.
     */
    public Optional<Instant> renewBy(Viewer viewer) {
        return credentials.usableUntil(viewer).map(expiry -> expiry.minus(RENEW_BEFORE_EXPIRY));
    }
}

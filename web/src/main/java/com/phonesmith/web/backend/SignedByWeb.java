package com.phonesmith.web.backend;

import com.phonesmith.web.account.Person;
import com.phonesmith.web.security.Viewer;
import com.phonesmith.web.token.TokenIssuer;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** People sign in with web's own accounts: web signs a short-lived token for each call ({@link TokenIssuer}). */
final class SignedByWeb implements CallCredentials {
    private final TokenIssuer issuer;

    SignedByWeb(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    @Override
    public Access of(Viewer viewer) {
        return viewer.person().map(p -> Access.bearer(issuer.forCall(p, viewer.clientAddress())))
                .orElse(new Access(null, null));
    }

    /** Each call signs a fresh token, since the one of a single call is short-lived. */
    @Override
    public Supplier<Access> renewing(Viewer viewer, String trackingToken) {
        Optional<Person> person = viewer.person();
        String address = viewer.clientAddress();
        return () -> person.map(p -> Access.bearer(issuer.forCall(p, address))).orElse(new Access(null, null))
                .withTrackingToken(trackingToken);
    }

    @Override
    public Access forGuest(Viewer viewer) {
        return Access.bearer(issuer.forGuestCall(viewer.clientAddress()));
    }

    @Override
    public Optional<Instant> usableUntil(Viewer viewer) {
        return Optional.empty();
    }
}

package com.phonesmith.web.backend;

import com.phonesmith.web.account.Person;
import com.phonesmith.web.security.Viewer;
import com.phonesmith.web.token.TokenIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Supplier;

/** Makes the {@link Access} of a call: as the person looking at the page, or as web acting for a guest. */
@ApplicationScoped
public class Accesses {
    private final TokenIssuer issuer;

    public Accesses(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    /** As the viewer: their token if signed in, nothing for a guest (who may add a tracking token). */
    public Access of(Viewer viewer) {
        return viewer.person().map(p -> Access.bearer(issuer.forCall(p, viewer.clientAddress())))
                .orElse(new Access(null, null));
    }

    /**
     * As the viewer, for work that outlives the request (a live stream): each call signs a fresh token, since the
     * one of a single call is short-lived. Carries the tracking token, if any.
     */
    public Supplier<Access> renewing(Viewer viewer, String trackingToken) {
        Optional<Person> person = viewer.person();
        String address = viewer.clientAddress();
        return () -> person.map(p -> Access.bearer(issuer.forCall(p, address))).orElse(new Access(null, null))
                .withTrackingToken(trackingToken);
    }

    /** As web itself (role service) on behalf of a guest at the viewer's address: to place a guest's order. */
    public Access forGuest(Viewer viewer) {
        return Access.bearer(issuer.forGuestCall(viewer.clientAddress()));
    }
}

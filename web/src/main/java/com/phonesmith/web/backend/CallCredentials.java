package com.phonesmith.web.backend;

import com.phonesmith.web.security.Viewer;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** How {@link Accesses} makes the credentials of calls: one way per sign-in mode. */
interface CallCredentials {
    /** As the viewer: their token if signed in, nothing for a guest. */
    Access of(Viewer viewer);

    /** As the viewer, for work that outlives the request; carries the tracking token, if any. */
    Supplier<Access> renewing(Viewer viewer, String trackingToken);

    /** As web itself (role {@code service}) on behalf of a guest at the viewer's address. */
    Access forGuest(Viewer viewer);

    /** When the viewer's token that {@link #renewing} hands out can no longer be used; empty when it renews itself. */
    Optional<Instant> usableUntil(Viewer viewer);
}

package com.phonesmith.web.login;

import com.phonesmith.web.account.Person;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a session cookie into the person signed in with it (a database read, off the event loop). */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionRequest> {
    /** Identity attribute holding the {@link Person}. */
    public static final String PERSON = "person";

    private final Sessions sessions;

    public SessionIdentityProvider(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Class<SessionRequest> getRequestType() {
        return SessionRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> sessions.find(request.token()).map(SessionIdentityProvider::identityOf)
                .orElseThrow(() -> new AuthenticationFailedException("the session has ended")));
    }

    static SecurityIdentity identityOf(Person person) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(person.username()))
                .addRole(person.role())
                .addAttribute(PERSON, person)
                .build();
    }
}

package com.phonesmith.web.security;

import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.account.Person;
import com.phonesmith.web.login.SessionIdentityProvider;
import com.phonesmith.web.provider.ProviderIdentities;
import com.phonesmith.web.provider.ProviderPeople;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;

/**
 * Who is looking at a page ({@code {inject:viewer...}} in templates): signed in or not, their name, and the page
 * of their role.
 */
@Named("viewer")
@RequestScoped
public class Viewer {
    private static final Map<String, String> HOMES = Map.of(Roles.SHOPPER, "/account", Roles.OPERATOR, "/factory",
            Roles.SUPPORT, "/support", Roles.PARTNER, "/partner", Roles.ADMIN, "/admin");
    private static final Map<String, String> HOME_NAMES = Map.of(Roles.SHOPPER, "My orders", Roles.OPERATOR,
            "Factory", Roles.SUPPORT, "Support", Roles.PARTNER, "Partner figures", Roles.ADMIN, "Accounts");
    /**
     * Set on a request whose sign-in at the provider did not complete: its identity is a failure to be shown, not
     * looked up again (which would throw once more), so the page is a guest's.
     */
    public static final String SIGN_IN_FAILED = "phonesmith.sign-in-failed";

    private final SecurityIdentity identity;
    private final RoutingContext routing;

    public Viewer(SecurityIdentity identity, RoutingContext routing) {
        this.identity = identity;
        this.routing = routing;
    }

    public Optional<Person> person() {
        if (routing.get(SIGN_IN_FAILED) != null) {
            return Optional.empty();
        }
        return Optional.ofNullable(identity.getAttribute(SessionIdentityProvider.PERSON));
    }

    public Person required() {
        return person().orElseThrow(io.quarkus.security.UnauthorizedException::new);
    }

    public boolean signedIn() {
        return person().isPresent();
    }

    /**
     * Why somebody signed in at the OpenID Connect provider may not use Phonesmith (their account there has none of
     * its roles): they are no {@link #person()}, and the sign-in page says why.
     */
    public Optional<ProviderPeople.Refused> refusal() {
        if (routing.get(SIGN_IN_FAILED) != null) {
            return Optional.empty();
        }
        return Optional.ofNullable(identity.getAttribute(ProviderIdentities.REFUSAL));
    }

    /** Whether the viewer is signed in at the provider but refused here ({@link #refusal()}). */
    public boolean refused() {
        return refusal().isPresent();
    }

    public String name() {
        return person().map(Person::displayName).orElse("");
    }

    public String role() {
        return person().map(Person::role).orElse("");
    }

    /** The landing page of the viewer's role; the catalog for a guest. */
    public String home() {
        return person().map(p -> homeOf(p.role())).orElse("/");
    }

    public String homeName() {
        return person().map(p -> HOME_NAMES.getOrDefault(p.role(), "My page")).orElse("Catalog");
    }

    /** The browser's address, for the per-address limits of the services. */
    public String clientAddress() {
        return ClientAddress.of(routing);
    }

    public static String homeOf(String role) {
        return HOMES.getOrDefault(role, "/");
    }
}

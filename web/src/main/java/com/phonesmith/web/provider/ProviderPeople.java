package com.phonesmith.web.provider;

import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.account.Person;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who somebody signed in at the OpenID Connect provider is to Phonesmith, from the claims of their tokens: the same
 * {@link Person} that web's own accounts make, so that pages and role checks do not know where people sign in.
 * <ul>
 * <li>id: a UUID derived from the issuer and the subject, stable across sign-ins and never another provider's;</li>
 * <li>username {@code preferred_username} (else the subject), name {@code name} (else given and family name, else the
 * username), {@code email};</li>
 * <li>role: one of Phonesmith's people roles found at the roles claim path (Keycloak: {@code realm_access/roles});
 * when the provider gives several, the first of {@link #PRECEDENCE}; none is a refusal;</li>
 * <li>maker: the maker claim, required for partners and ignored for everybody else.</li>
 * </ul>
 * Each claim is read from the first set of claims that has it (the ID token's, then the access token's).
 */
public final class ProviderPeople {
    /** The role chosen when a person holds several of Phonesmith's roles at the provider. */
    static final List<String> PRECEDENCE = List.of(Roles.ADMIN, Roles.SUPPORT, Roles.OPERATOR, Roles.PARTNER,
            Roles.SHOPPER);

    /** What the claims make of somebody. */
    public sealed interface Outcome permits Known, Refused {
    }

    /** A person of Phonesmith. */
    public record Known(Person person) implements Outcome {
    }

    /** Somebody the provider knows but Phonesmith may not let in, and why (a sentence for the refusal page). */
    public record Refused(String username, String reason) implements Outcome {
    }

    private final List<String> rolesPath;
    private final String makerClaim;

    /**
     * @param rolesClaim the path of the roles claim, names separated by {@code /} ({@code realm_access/roles}, {@code groups})
     * @param makerClaim the name of the claim with a partner's maker code
     */
    public ProviderPeople(String rolesClaim, String makerClaim) {
        this.rolesPath = Arrays.stream(rolesClaim.split("/")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        this.makerClaim = makerClaim;
        if (rolesPath.isEmpty()) {
            throw new IllegalArgumentException("the roles claim path is empty");
        }
    }

    /** The person these claims (the ID token's first, then the access token's) describe, or why there is none. */
    public Outcome personOf(List<JsonObject> claims) {
        Optional<String> issuer = text(claims, "iss");
        Optional<String> subject = text(claims, "sub");
        String username = text(claims, "preferred_username").or(() -> subject).orElse("");
        if (issuer.isEmpty() || subject.isEmpty()) {
            return new Refused(username, "The sign-in service's answer names no issuer or subject.");
        }
        Set<String> held = rolesOf(claims);
        Optional<String> role = PRECEDENCE.stream().filter(held::contains).findFirst();
        if (role.isEmpty()) {
            return new Refused(username, "Your account has none of Phonesmith's roles (" + String.join(", ", Roles.PEOPLE)
                    + ").");
        }
        Optional<String> maker = text(claims, makerClaim);
        if (Roles.PARTNER.equals(role.get()) && maker.isEmpty()) {
            return new Refused(username, "Your account is a partner account but names no maker (claim " + makerClaim
                    + ").");
        }
        UUID id = UUID.nameUUIDFromBytes((issuer.get() + "\n" + subject.get()).getBytes(StandardCharsets.UTF_8));
        return new Known(new Person(id, username, displayName(claims, username), role.get(),
                Roles.PARTNER.equals(role.get()) ? maker : Optional.empty(), text(claims, "email")));
    }

    private static String displayName(List<JsonObject> claims, String username) {
        Optional<String> name = text(claims, "name");
        if (name.isPresent()) {
            return name.get();
        }
        String joined = (text(claims, "given_name").orElse("") + " " + text(claims, "family_name").orElse("")).trim();
        return joined.isEmpty() ? username : joined;
    }

    /** Phonesmith's roles and any other found at the roles path in any of the claim sets. */
    private Set<String> rolesOf(List<JsonObject> claims) {
        Set<String> roles = new LinkedHashSet<>();
        for (JsonObject set : claims) {
            Object value = set;
            for (String name : rolesPath) {
                value = value instanceof JsonObject object ? object.getValue(name) : null;
            }
            if (value instanceof JsonArray array) {
                array.forEach(item -> addWords(roles, item));
            } else {
                addWords(roles, value);
            }
        }
        return roles;
    }

    private static void addWords(Set<String> roles, Object value) {
        if (value instanceof String words) {
            Arrays.stream(words.split("[\\s,]+")).filter(w -> !w.isEmpty()).forEach(roles::add);
        }
    }

    /** A claim's text from the first claim set that has it: a string, or the first string of an array. */
    private static Optional<String> text(List<JsonObject> claims, String name) {
        for (JsonObject set : claims) {
            Object value = set.getValue(name);
            if (value instanceof JsonArray array && !array.isEmpty()) {
                value = array.getValue(0);
            }
            if (value instanceof String string && !string.isBlank()) {
                return Optional.of(string.trim());
            }
        }
        return Optional.empty();
    }
}

package com.phonesmith.platform.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as far as the rules of a feature need to know: the token's subject, its roles, the maker of
 * a partner and the client's address. A plain value, so that the rules that check object-level rights are
 * tested without Quarkus.
 *
 * @param subject       the token's {@code sub} (an account id, or a service's client id); empty for a guest
 * @param roles         the token's roles; empty for a guest
 * @param maker         the maker a partner account belongs to (claim {@code maker})
 * @param clientAddress the address of the person behind the call: the {@code client_ip} claim that web puts
 *                      in tokens it signs for a browser, or else the connection's remote address
 */
public record Caller(Optional<String> subject, Set<String> roles, Optional<String> maker, String clientAddress) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public static Caller guest(String clientAddress) {
        return new Caller(Optional.empty(), Set.of(), Optional.empty(), clientAddress);
    }

    public static Caller of(String subject, String role, String clientAddress) {
        return new Caller(Optional.of(subject), Set.of(role), Optional.empty(), clientAddress);
    }

    public static Caller partner(String subject, String maker, String clientAddress) {
        return new Caller(Optional.of(subject), Set.of(Roles.PARTNER), Optional.of(maker), clientAddress);
    }

    /** A caller without a token. */
    public boolean isGuest() {
        return subject.isEmpty();
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean hasAny(String... anyOf) {
        return Arrays.stream(anyOf).anyMatch(roles::contains);
    }

    /** Whether this caller is the account {@code accountId}. */
    public boolean isAccount(String accountId) {
        return accountId != null && subject.filter(accountId::equals).isPresent();
    }

    /** Whether this is a partner of the given maker. */
    public boolean isPartnerOf(String makerCode) {
        return has(Roles.PARTNER) && makerCode != null && maker.filter(makerCode::equals).isPresent();
    }
}

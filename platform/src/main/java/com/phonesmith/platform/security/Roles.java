package com.phonesmith.platform.security;

import java.util.List;

/**
 * The roles of Phonesmith, as carried in the {@code groups} claim of the tokens web signs. Constants, so that
 * {@code @RolesAllowed} can name them.
 */
public final class Roles {
    /** A person who buys phones; reads only their own orders. */
    public static final String SHOPPER = "shopper";
    /** Factory staff: stock, work orders, stations; never customers' personal data. */
    public static final String OPERATOR = "operator";
    /** Support staff: read every order and act on it. */
    public static final String SUPPORT = "support";
    /** A handset maker's account: only its own maker's figures (claim {@code maker}). */
    public static final String PARTNER = "partner";
    /** Edits the catalog and the accounts. */
    public static final String ADMIN = "admin";
    /** Another Phonesmith service calling with its own credentials. */
    public static final String SERVICE = "service";

    /** The roles a person can hold (every role but {@link #SERVICE}). */
    public static final List<String> PEOPLE = List.of(SHOPPER, OPERATOR, SUPPORT, PARTNER, ADMIN);
    /** Every role. */
    public static final List<String> ALL = List.of(SHOPPER, OPERATOR, SUPPORT, PARTNER, ADMIN, SERVICE);

    private Roles() {
    }
}

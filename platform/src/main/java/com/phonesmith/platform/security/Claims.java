package com.phonesmith.platform.security;

/** Names of the claims Phonesmith puts into tokens beside the standard ones ({@code iss, sub, groups, exp}). */
public final class Claims {
    /** The maker code of a partner account. */
    public static final String MAKER = "maker";
    /** The address of the browser or client on whose behalf web signed the token. */
    public static final String CLIENT_IP = "client_ip";
    /** The audience every Phonesmith token is issued for. */
    public static final String AUDIENCE = "phonesmith";

    private Claims() {
    }
}

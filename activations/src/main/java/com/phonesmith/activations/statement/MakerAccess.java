package com.phonesmith.activations.statement;

import com.phonesmith.platform.security.Caller;
import com.phonesmith.platform.security.Roles;

/** Support and admin read every maker's figures; a partner only its own maker's (another maker is not found). */
public final class MakerAccess {
    private MakerAccess() {
    }

    public static boolean mayRead(Caller caller, String maker) {
        return caller.hasAny(Roles.SUPPORT, Roles.ADMIN) || caller.has(Roles.PARTNER) && caller.isPartnerOf(maker);
    }
}

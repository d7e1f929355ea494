package com.phonesmith.configurator.sales;

import com.phonesmith.platform.security.Caller;
import com.phonesmith.platform.security.Roles;

/** A partner reads its own maker's figures only; support and admin read every maker's. */
public final class SalesAccess {
    private SalesAccess() {
    }

    public static boolean mayRead(Caller caller, String maker) {
        return caller.hasAny(Roles.SUPPORT, Roles.ADMIN) || caller.isPartnerOf(maker);
    }
}

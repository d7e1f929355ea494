package com.phonesmith.workflow.order;

import com.phonesmith.contracts.access.TrackingToken;
import com.phonesmith.platform.security.Caller;
import com.phonesmith.platform.security.Roles;
import java.util.Optional;

/**
 * Who may follow an order (read its timeline, and as the shopper cancel it): support and the factory's operators every one (it holds no personal data),
 * a shopper their own orders', and anybody holding the order's tracking token that order's. Everybody else is
 * told the order is not known, so ids cannot be probed; a caller with no credentials at all is asked for them.
 */
public final class OrderAccess {
    public enum Decision { ALLOWED, NOT_FOUND, SIGN_IN }

    private OrderAccess() {
    }

    public static Decision decide(Caller caller, String ownerId, String trackingTokenHash, Optional<String> token) {
        if (caller.hasAny(Roles.SUPPORT, Roles.OPERATOR) || caller.has(Roles.SHOPPER) && caller.isAccount(ownerId)) {
            return Decision.ALLOWED;
        }
        if (token.isPresent() && TrackingToken.matches(token.get(), trackingTokenHash)) {
            return Decision.ALLOWED;
        }
        return caller.isGuest() && token.isEmpty() ? Decision.SIGN_IN : Decision.NOT_FOUND;
    }
}

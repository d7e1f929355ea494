package com.phonesmith.configurator.order;

import com.phonesmith.contracts.access.TrackingToken;
import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.platform.security.Caller;
import com.phonesmith.platform.security.Roles;
import java.util.Optional;

/**
 * Who may place and read which order. Support reads every order in full; a shopper reads their own orders in
 * full; anybody holding an order's tracking token reads that order with the e-mail address masked (a tracking
 * link may be forwarded). Everybody else is told the order does not exist, so order ids cannot be probed.
 */
public final class OrderAccess {
    /** What a caller gets to see of one order. */
    public enum View {
        /** Everything, personal data included. */
        FULL,
        /** The order and its progress, personal data masked. */
        TRACKING,
        /** Nothing: answered as "no such order". */
        NONE,
        /** Nothing, and the caller presented no credentials at all: answered 401. */
        SIGN_IN
    }

    private OrderAccess() {
    }

    public static View view(Caller caller, String ownerId, String trackingTokenHash, Optional<String> token) {
        if (caller.has(Roles.SUPPORT) || caller.has(Roles.SHOPPER) && caller.isAccount(ownerId)) {
            return View.FULL;
        }
        if (token.isPresent() && TrackingToken.matches(token.get(), trackingTokenHash)) {
            return View.TRACKING;
        }
        return caller.isGuest() && token.isEmpty() ? View.SIGN_IN : View.NONE;
    }

    /** Guests, shoppers, and services ordering on a guest's behalf place orders; staff accounts do not. */
    public static void requireMayPlace(Caller caller) {
        if (caller.isGuest() || caller.hasAny(Roles.SHOPPER, Roles.SERVICE)) {
            return;
        }
        throw ProblemException.forbidden("staff and partner accounts do not place orders: sign in as a shopper,"
                + " or order as a guest");
    }

    /** The account an order placed by this caller belongs to: the shopper's, or none for a guest. */
    public static Optional<String> ownerOf(Caller caller) {
        return caller.has(Roles.SHOPPER) ? caller.subject() : Optional.empty();
    }

    /** "ada@example.org" shows as "a***@example.org". */
    public static String maskEmail(String email) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        if (at < 1) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }
}

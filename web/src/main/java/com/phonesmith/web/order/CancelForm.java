package com.phonesmith.web.order;

import com.phonesmith.platform.security.Roles;
import java.util.Locale;

/**
 * The "Cancel the order" part of the order page. order-workflow decides who may cancel (its timeline's
 * {@code mayCancel}); the page only shows the way to do it: the shopper's form here (a reason is optional), or for
 * support a link to support's own form, where a reason is required. After a refused attempt it holds what was typed,
 * the reason's error beside the field, and order-workflow's refusal (its 409) as a message.
 *
 * @param kind          whose way to cancel the page shows, if any
 * @param action        where the shopper's form posts
 * @param trackingToken the guest's tracking token, sent again with the form; empty for a signed-in shopper
 */
public record CancelForm(Kind kind, String action, String supportPath, String trackingToken, String reason,
        String reasonError, String refusal) {
    static final int REASON_MAX_LENGTH = 500;

    public enum Kind { NONE, SHOPPER, SUPPORT }

    /** For the viewer (their role; empty for a guest), as order-workflow answered whether they may cancel now. */
    static CancelForm of(String orderId, boolean mayCancel, String viewerRole, String trackingToken) {
        Kind kind = !mayCancel ? Kind.NONE : Roles.SUPPORT.equals(viewerRole) ? Kind.SUPPORT : Kind.SHOPPER;
        return new CancelForm(kind, "/orders/" + orderId + "/cancel", "/support/orders/" + orderId + "/cancel",
                trackingToken == null ? "" : trackingToken, "", "", "");
    }

    /** The form again after a refused attempt: what was typed, the error beside the reason, and/or the refusal. */
    CancelForm refused(String typedReason, String reasonError, String refusal) {
        String error = reasonError == null ? "" : reasonError;
        String message = refusal == null ? "" : sentence(refusal);
        if (kind != Kind.SHOPPER && !error.isEmpty()) {
            // no form to show the error beside (order-workflow no longer offers one): it is the message
            message = message.isEmpty() ? error : message;
            error = "";
        }
        return new CancelForm(kind, action, supportPath, trackingToken, typedReason == null ? "" : typedReason, error,
                message);
    }

    public boolean shopper() {
        return kind == Kind.SHOPPER;
    }

    public boolean support() {
        return kind == Kind.SUPPORT;
    }

    /** Whether the form is shown unfolded: after an attempt that needs the shopper's attention. */
    public boolean open() {
        return !reasonError.isEmpty();
    }

    /** order-workflow's words as a sentence: "flashing has started" reads "Flashing has started." */
    static String sentence(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        String capital = trimmed.substring(0, 1).toUpperCase(Locale.ROOT) + trimmed.substring(1);
        return capital.endsWith(".") ? capital : capital + ".";
    }
}

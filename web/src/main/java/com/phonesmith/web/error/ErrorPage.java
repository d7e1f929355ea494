package com.phonesmith.web.error;

/** A page that tells a person what went wrong and what they can do; never a stack trace. */
public record ErrorPage(int status, String title, String message, String hint) {

    public static ErrorPage orderNotFound(String orderId) {
        return new ErrorPage(404, "Order not found",
                "We could not find an order with the id " + orderId + " that you may follow.",
                "Check the id and the tracking code in your order confirmation, or sign in to see your orders.");
    }

    public static ErrorPage statementNotFound(String month) {
        return new ErrorPage(404, "Statement not found",
                "There is no closed statement for " + month + " that you may read.",
                "A month's statement exists once the month is over and closed.");
    }

    public static ErrorPage backendUnavailable(String backend) {
        return new ErrorPage(503, "Temporarily unavailable",
                "This page needs " + backend + ", which is unavailable right now.",
                "Nothing is lost: please try again in a minute.");
    }

    public static ErrorPage invalidInput(String label, String reason) {
        return new ErrorPage(400, "Please check your input", label + " " + reason + ".", "");
    }

    public static ErrorPage formExpired() {
        return new ErrorPage(403, "This form has expired",
                "The form was sent without its security token, or with one of another browser, so nothing was done.",
                "Go back, reload the page and send the form again.");
    }

    public static ErrorPage signInRequired() {
        return new ErrorPage(401, "Please sign in", "This page is only for signed-in users.", "");
    }

    public static ErrorPage forbidden(String who) {
        return new ErrorPage(403, "Not for your account",
                "This page is not open to " + who + ".",
                "Sign out and sign in with an account that may see it, or go back to the catalog.");
    }
}

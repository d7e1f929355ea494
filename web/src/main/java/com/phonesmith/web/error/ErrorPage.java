package com.phonesmith.web.error;

/** A page that tells a person what went wrong and what they can do; never a stack trace. */
public record ErrorPage(int status, String title, String message, String hint) {

    public static ErrorPage orderNotFound(String orderId) {
        return new ErrorPage(404, "Order not found",
                "We could not find an order with the id " + orderId + ".",
                "Check the id in your order confirmation and try again.");
    }

    public static ErrorPage backendUnavailable(String backend) {
        return new ErrorPage(503, "Temporarily unavailable",
                "This page needs " + backend + ", which is unavailable right now.",
                "Nothing is lost: please try again in a minute.");
    }

    public static ErrorPage invalidInput(String label, String reason) {
        return new ErrorPage(400, "Please check your input", label + " " + reason + ".", "");
    }
}

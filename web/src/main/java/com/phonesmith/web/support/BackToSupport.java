package com.phonesmith.web.support;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The answer to support's forms: 303 back to the page, which shows the one-time {@code notice} or {@code warning}. */
final class BackToSupport {
    private BackToSupport() {
    }

    static Response notice(String message) {
        return with("notice", message);
    }

    static Response warning(String message) {
        return with("warning", message);
    }

    private static Response with(String kind, String message) {
        // encoded here, not by UriBuilder: a message key may hold braces, which UriBuilder takes for a template
        String encoded = URLEncoder.encode(message, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.seeOther(URI.create("/support?" + kind + "=" + encoded)).build();
    }
}

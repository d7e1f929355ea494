package com.phonesmith.web.csrf;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The CSRF token that a page puts into each of its forms ({@code {inject:csrf.token}} in a template, as the
 * hidden field {@value #FIELD}). A browser without a CSRF cookie gets one with the response.
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {
    public static final String COOKIE = "phonesmith_csrf";
    public static final String FIELD = "csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FormKey key;
    private final RoutingContext routing;
    private String newCookieValue;

    public CsrfToken(FormKey key, RoutingContext routing) {
        this.key = key;
        this.routing = routing;
    }

    public String token() {
        return key.tokenFor(cookieValue());
    }

    public String field() {
        return FIELD;
    }

    /** The value of a cookie this request had to make, to be set on its response; null if none. */
    String newCookieValue() {
        return newCookieValue;
    }

    private String cookieValue() {
        Cookie cookie = routing.request().getCookie(COOKIE);
        if (cookie != null && !cookie.getValue().isEmpty()) {
            return cookie.getValue();
        }
        if (newCookieValue == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            newCookieValue = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        return newCookieValue;
    }
}

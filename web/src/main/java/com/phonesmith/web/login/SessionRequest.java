package com.phonesmith.web.login;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The credential of a browser: the value of its session cookie. */
public class SessionRequest extends BaseAuthenticationRequest {
    private final String token;

    public SessionRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}

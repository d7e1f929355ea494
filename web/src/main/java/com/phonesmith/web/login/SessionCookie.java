package com.phonesmith.web.login;

import com.phonesmith.web.WebConfig;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

/** The session cookie: HttpOnly, SameSite=Lax, Secure outside a developer's plain-HTTP machine, path /. */
@ApplicationScoped
public class SessionCookie {
    public static final String NAME = "phonesmith_session";

    private final WebConfig config;

    public SessionCookie(WebConfig config) {
        this.config = config;
    }

    public NewCookie issue(String token) {
        return cookie(token, (int) config.sessions().maxAge().toSeconds());
    }

    public NewCookie clear() {
        return cookie("", 0);
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(NAME).value(value).path("/").maxAge(maxAge).httpOnly(true)
                .secure(config.sessions().secureCookies()).sameSite(NewCookie.SameSite.LAX).build();
    }

    /** The same cookie for code that writes Vert.x responses. */
    public Cookie vertxClear() {
        return Cookie.cookie(NAME, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                .setSecure(config.sessions().secureCookies()).setSameSite(CookieSameSite.LAX);
    }
}

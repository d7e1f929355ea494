package com.phonesmith.web.csrf;

import com.phonesmith.web.WebConfig;
import com.phonesmith.web.error.ErrorPage;
import com.phonesmith.web.error.ErrorResponses;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses every request that could change something (POST, PUT, PATCH, DELETE) unless it carries the CSRF token of
 * its browser's cookie, in the form field {@value CsrfToken#FIELD} or the header {@value CsrfToken#HEADER}. JSON
 * bodies are let through: a page on another site cannot send one without the browser asking first (CORS), which
 * web never allows. The token endpoint is exempt: it sets no cookie and acts only on the credentials it is sent.
 */
public class CsrfFilter {
    private static final Logger LOG = Logger.getLogger(CsrfFilter.class);
    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    static final Set<String> EXEMPT_PATHS = Set.of("/oauth/token");

    private final FormKey key;
    private final CsrfToken token;
    private final WebConfig config;

    public CsrfFilter(FormKey key, CsrfToken token, WebConfig config) {
        this.key = key;
        this.token = token;
        this.config = config;
    }

    @ServerRequestFilter(priority = 100)
    @WithFormRead
    public void check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (SAFE_METHODS.contains(request.getMethod()) || EXEMPT_PATHS.contains(routing.normalizedPath())
                || isJson(request.getMediaType())) {
            return;
        }
        Cookie cookie = routing.request().getCookie(CsrfToken.COOKIE);
        String sent = request.getHeaderString(CsrfToken.HEADER);
        if (sent == null && request.hasEntity() && isForm(request.getMediaType())) {
            ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
            sent = (String) context.getFormParameter(CsrfToken.FIELD, true, false);
        }
        if (!key.matches(cookie == null ? null : cookie.getValue(), sent)) {
            LOG.debugf("refused %s %s: no valid CSRF token", request.getMethod(), routing.normalizedPath());
            request.abortWith(ErrorResponses.respond(request.getHeaders(), ErrorPage.formExpired()));
        }
    }

    @ServerResponseFilter
    public void issueCookie(RoutingContext routing) {
        String value = token.newCookieValue();
        if (value != null) {
            routing.response().addCookie(Cookie.cookie(CsrfToken.COOKIE, value).setPath("/").setHttpOnly(true)
                    .setSecure(config.sessions().secureCookies()).setSameSite(CookieSameSite.LAX));
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null && "application".equals(type.getType()) && "json".equals(type.getSubtype());
    }

    private static boolean isForm(MediaType type) {
        return type != null && (MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type)
                && !type.isWildcardType() || "multipart".equals(type.getType()));
    }
}

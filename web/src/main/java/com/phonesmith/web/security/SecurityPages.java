package com.phonesmith.web.security;

import com.phonesmith.web.error.ErrorPage;
import com.phonesmith.web.error.ErrorResponses;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What a browser sees when a page is not for it: somebody not signed in is sent to the sign-in page (and back
 * afterwards), somebody signed in with another role gets a page saying so. A client asking for JSON gets a
 * problem document instead. Takes precedence over the platform's problem mappers for these exceptions.
 */
public class SecurityPages {
    static final String HTMX_REDIRECT = "HX-Redirect";

    private final Viewer viewer;

    public SecurityPages(Viewer viewer) {
        this.viewer = viewer;
    }

    @ServerExceptionMapper(priority = 0)
    public Response signIn(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return toSignIn(uri, headers);
    }

    @ServerExceptionMapper(priority = 0)
    public Response signInAgain(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        return toSignIn(uri, headers);
    }

    @ServerExceptionMapper(priority = 0)
    public Response forbidden(ForbiddenException e, HttpHeaders headers) {
        String who = viewer.person().map(p -> "your account (" + p.role() + ")").orElse("your account");
        return ErrorResponses.respond(headers.getRequestHeaders(), ErrorPage.forbidden(who));
    }

    private static Response toSignIn(UriInfo uri, HttpHeaders headers) {
        if (ErrorResponses.wantsJson(headers.getRequestHeaders())) {
            return ErrorResponses.builder(headers.getRequestHeaders(), ErrorPage.signInRequired())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Session realm=\"phonesmith\"").build();
        }
        String login = UriBuilder.fromPath("/login").queryParam("next", Redirects.localPath(uri)).build().toString();
        if (headers.getHeaderString("HX-Request") != null) {
            // an htmx request of a page whose session ended: the browser goes to sign in, not the fragment
            return Response.noContent().header(HTMX_REDIRECT, login).build();
        }
        return Response.seeOther(java.net.URI.create(login)).build();
    }
}

package com.phonesmith.platform.security;

import com.phonesmith.platform.problem.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Refusals of the security layer as problem documents: 401 when the request carries no valid token (missing,
 * expired, tampered, signed by a key we do not trust), 403 when the token's role may not call the endpoint.
 * The answer never says which check failed beyond that, so it cannot be used to probe keys or claims.
 */
public class SecurityProblems {
    static final String CHALLENGE = "Bearer realm=\"phonesmith\"";

    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return problem(401, "Unauthorized", "this operation needs a valid bearer token", uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return problem(401, "Unauthorized",
                "the bearer token is not valid: it is expired, malformed, or not signed by a trusted issuer", uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE + ", error=\"invalid_token\"").build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "Forbidden", "the caller's role may not use this operation", uri).build();
    }

    private static Response.ResponseBuilder problem(int status, String title, String detail, UriInfo uri) {
        String path = uri == null ? null : uri.getPath();
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("https://phonesmith.example/problems/" + status, title, status, detail, path, null));
    }
}

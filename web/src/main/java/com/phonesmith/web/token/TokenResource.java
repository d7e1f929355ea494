package com.phonesmith.web.token;

import com.phonesmith.platform.problem.ProblemException;
import com.phonesmith.web.WebConfig;
import com.phonesmith.web.login.LoginOutcome;
import com.phonesmith.web.login.LoginService;
import com.phonesmith.web.security.Viewer;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * OAuth 2.0 token endpoint (RFC 6749) for clients that are not browsers: a person's API client with the password
 * grant (the same slow-down and lock as the sign-in page), and the services with the client credentials grant.
 * Errors are problem documents naming the field, like every other error of Phonesmith.
 */
@Path("/oauth/token")
public class TokenResource {
    /** The answer of RFC 6749 section 5.1. */
    public record TokenAnswer(String access_token, String token_type, long expires_in) {
    }

    /** A client whose configured secret is shorter than this is treated as not configured. */
    static final int MIN_SECRET_LENGTH = 16;

    private final LoginService logins;
    private final TokenIssuer issuer;
    private final WebConfig config;
    private final Viewer viewer;

    public TokenResource(LoginService logins, TokenIssuer issuer, WebConfig config, Viewer viewer) {
        this.logins = logins;
        this.issuer = issuer;
        this.config = config;
        this.viewer = viewer;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A bearer token for the services: grant_type=password (username, password) for a person,"
            + " grant_type=client_credentials (HTTP Basic client id and secret) for a service")
    @APIResponse(responseCode = "200", description = "access_token, token_type Bearer, expires_in seconds")
    @APIResponse(responseCode = "400", description = "a missing field or an unsupported grant_type (problem naming it)")
    @APIResponse(responseCode = "401", description = "wrong username, password or client credentials")
    @APIResponse(responseCode = "429", description = "too many failed attempts; see Retry-After")
    public Response token(@FormParam("grant_type") String grantType, @FormParam("username") String username,
            @FormParam("password") String password, @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret, @HeaderParam(HttpHeaders.AUTHORIZATION) String basic) {
        if (grantType == null || grantType.isBlank()) {
            throw ProblemException.badRequest("grant_type", "is required: password or client_credentials");
        }
        return switch (grantType) {
            case "password" -> passwordGrant(username, password);
            case "client_credentials" -> clientCredentialsGrant(basic, clientId, clientSecret);
            default -> throw ProblemException.badRequest("grant_type", "must be password or client_credentials");
        };
    }

    private Response passwordGrant(String username, String password) {
        if (config.signIn().atProvider()) {
            throw ProblemException.badRequest("grant_type", "password is not offered: people sign in at "
                    + config.oidc().name() + ", whose token endpoint gives their tokens");
        }
        if (username == null || username.isBlank()) {
            throw ProblemException.badRequest("username", "is required");
        }
        if (password == null || password.isEmpty()) {
            throw ProblemException.badRequest("password", "is required");
        }
        LoginOutcome outcome = logins.attempt(username, password, viewer.clientAddress());
        if (outcome instanceof LoginOutcome.SignedIn signedIn) {
            Duration life = config.tokens().clientLifetime();
            return answer(issuer.forPerson(signedIn.person(), viewer.clientAddress(), life), life);
        }
        if (outcome instanceof LoginOutcome.TooSoon tooSoon) {
            throw ProblemException.tooManyRequests(tooSoon.lockedUntil() != null
                    ? "the account is locked until " + tooSoon.lockedUntil() + " after too many failed sign-ins"
                    : "too many failed sign-ins; wait before trying again", tooSoon.retryAfter());
        }
        throw unauthorized("wrong username or password");
    }

    private Response clientCredentialsGrant(String basic, String formId, String formSecret) {
        String[] credentials = basicCredentials(basic).orElse(new String[] {formId, formSecret});
        String id = credentials[0];
        String secret = credentials[1];
        if (id == null || id.isBlank()) {
            throw ProblemException.badRequest("client_id", "is required (HTTP Basic or form field)");
        }
        String expected = config.serviceClients().get(id);
        if (expected == null || expected.length() < MIN_SECRET_LENGTH || secret == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8))) {
            throw unauthorized("unknown client or wrong client secret");
        }
        Duration life = config.tokens().clientLifetime();
        return answer(issuer.forService(id, null, life), life);
    }

    private static Response answer(String token, Duration life) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(new TokenAnswer(token, "Bearer", life.toSeconds())).cacheControl(noStore)
                .header("Pragma", "no-cache").build();
    }

    private static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "Unauthorized", detail, java.util.List.of());
    }

    /** RFC 6749 section 2.3.1: id and secret, each form-encoded, in an HTTP Basic header. */
    static Optional<String[]> basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            return Optional.of(new String[] {
                    java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

package com.phonesmith.web.token;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The public half of web's signing key(s), with which every service verifies the tokens web signs. */
@Path("/.well-known/jwks.json")
public class JwksResource {
    static final String JWKS = "application/jwk-set+json";
    private final TokenKeys keys;

    public JwksResource(TokenKeys keys) {
        this.keys = keys;
    }

    @GET
    @PermitAll
    @Produces({JWKS, "application/json"})
    @Operation(summary = "The public keys that verify web's tokens (JWKS, RFC 7517)")
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(keys.jwks()).cacheControl(cache).build();
    }
}

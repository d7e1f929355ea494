package com.phonesmith.platform.security;

import io.smallrye.config.ConfigMapping;

/**
 * Whose tokens a service trusts, declared as required settings (prefix {@code phonesmith.token-trust}) so that a
 * production start without {@code PHONESMITH_TOKEN_KEYS_URL} fails at once naming it, instead of at the first
 * request. The MicroProfile JWT settings ({@code mp.jwt.verify.*}) are set from these.
 */
@ConfigMapping(prefix = "phonesmith.token-trust")
public interface TokenTrustConfig {
    /** The JWKS document (or PEM key) of the issuer: web's {@code /.well-known/jwks.json}, or the provider's. */
    String keysUrl();

    String issuer();

    String audience();
}

package com.phonesmith.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How a service obtains its own token for calls to other services (role {@code service}): the OAuth 2.0 client
 * credentials grant at a token endpoint, web's {@code /oauth/token} or an external OpenID Connect provider's.
 * Prefix {@code phonesmith.service-credentials}; a service that calls no other service leaves it unset: the
 * value {@value #NONE} (the default) means "no credentials".
 */
@ConfigMapping(prefix = "phonesmith.service-credentials")
public interface ServiceCredentialsConfig {
    String NONE = "none";

    /** The token endpoint. */
    @WithDefault(NONE)
    String tokenUrl();

    @WithDefault(NONE)
    String clientId();

    @WithDefault(NONE)
    String clientSecret();
}

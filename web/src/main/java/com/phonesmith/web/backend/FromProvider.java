package com.phonesmith.web.backend;

import com.phonesmith.platform.security.ServiceCredentialsConfig;
import com.phonesmith.platform.security.ServiceTokenException;
import com.phonesmith.platform.security.ServiceTokens;
import com.phonesmith.web.WebConfig;
import com.phonesmith.web.provider.TokenClaims;
import com.phonesmith.web.security.Viewer;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * People sign in at an OpenID Connect provider: a call on a person's behalf carries the provider's access token of
 * their session (quarkus-oidc refreshes it before it runs out), a guest's order a {@code service} token that web gets
 * from the provider's token endpoint with its own client credentials (the client credentials grant,
 * {@link ServiceTokens}). Calls also carry the browser's address for {@code X-Forwarded-For}, since the provider's
 * tokens do not say it.
 */
@ApplicationScoped
public class FromProvider implements CallCredentials {
    private final SecurityIdentity identity;
    private final Instance<OidcConfigurationMetadata> metadata;
    private final WebConfig.Oidc config;
    private final Clock clock;
    private ServiceTokens serviceTokens;

    public FromProvider(SecurityIdentity identity, Instance<OidcConfigurationMetadata> metadata, WebConfig config,
            Clock clock) {
        this.identity = identity;
        this.metadata = metadata;
        this.config = config.oidc();
        this.clock = clock;
    }

    @Override
    public Access of(Viewer viewer) {
        String authorization = viewer.person().map(p -> "Bearer " + accessToken()).orElse(null);
        return new Access(authorization, null, viewer.clientAddress());
    }

    /** The access token of the request: refreshed, if need be, when the request was authenticated. */
    @Override
    public Supplier<Access> renewing(Viewer viewer, String trackingToken) {
        Access access = of(viewer).withTrackingToken(trackingToken);
        return () -> access;
    }

    @Override
    public Access forGuest(Viewer viewer) {
        try {
            return new Access(serviceTokens().authorization().orElseThrow(), null, viewer.clientAddress());
        } catch (ServiceTokenException e) {
            throw new BackendUnavailableException("the sign-in service", e.getMessage(), e);
        }
    }

    @Override
    public Optional<Instant> usableUntil(Viewer viewer) {
        if (viewer.person().isEmpty()) {
            return Optional.empty();
        }
        return TokenClaims.expiry(accessToken());
    }

    private String accessToken() {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null || token.getToken() == null) {
            throw new UnauthorizedException("the session has no access token of the provider");
        }
        return token.getToken();
    }

    /** web's own client at the provider's token endpoint (from its discovery document); made on first use. */
    private synchronized ServiceTokens serviceTokens() {
        if (serviceTokens == null) {
            String tokenUrl = metadata.get().getTokenUri();
            String clientId = config.clientId().orElse(ServiceCredentialsConfig.NONE);
            String secret = config.clientSecret().orElse(ServiceCredentialsConfig.NONE);
            serviceTokens = new ServiceTokens(new ServiceCredentialsConfig() {
                @Override
                public String tokenUrl() {
                    return tokenUrl;
                }

                @Override
                public String clientId() {
                    return clientId;
                }

                @Override
                public String clientSecret() {
                    return secret;
                }
            }, clock);
            if (!serviceTokens.configured()) {
                serviceTokens = null;
                throw new BackendUnavailableException("the sign-in service", "web has no token endpoint, client id"
                        + " or client secret of the provider", null);
            }
        }
        return serviceTokens;
    }
}

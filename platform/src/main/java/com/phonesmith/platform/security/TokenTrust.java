package com.phonesmith.platform.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Says at start-up whose tokens a service trusts (services that verify tokens; web signs them instead). */
@ApplicationScoped
public class TokenTrust {
    private static final Logger LOG = Logger.getLogger(TokenTrust.class);
    private final TokenTrustConfig config;

    public TokenTrust(TokenTrustConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent startup) {
        if (verifiesTokens()) {
            LOG.infof("trusting tokens of issuer %s for audience %s, keys from %s", config.issuer(),
                    config.audience(), config.keysUrl());
        }
    }

    private static boolean verifiesTokens() {
        try {
            Class.forName("io.quarkus.smallrye.jwt.runtime.auth.MpJwtValidator", false, TokenTrust.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}

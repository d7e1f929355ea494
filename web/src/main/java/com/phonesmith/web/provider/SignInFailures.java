package com.phonesmith.web.provider;

import io.quarkus.security.AuthenticationCompletionException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The provider's answer came back but could not be used (the code exchange failed, the state did not match, the
 * tokens did not verify): the sign-in page says so with a link to try again, instead of quarkus-oidc's bare 401.
 */
public class SignInFailures {
    private static final Logger LOG = Logger.getLogger(SignInFailures.class);

    @Inject
    ProviderSignIn provider;

    @ServerExceptionMapper
    public Response signInDidNotComplete(AuthenticationCompletionException e) {
        LOG.warnf("signing in at the provider did not complete: %s",
                e.getCause() == null ? e.toString() : e.getCause().toString());
        return provider.failedPage("its answer could not be used (it may have expired or been used already)");
    }
}

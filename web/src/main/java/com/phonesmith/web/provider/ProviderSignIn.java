package com.phonesmith.web.provider;

import com.phonesmith.web.WebConfig;
import com.phonesmith.web.backend.BackendUnavailableException;
import com.phonesmith.web.security.Redirects;
import com.phonesmith.web.security.Viewer;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * The sign-in, sign-out and sign-up pages when people sign in at the OpenID Connect provider
 * ({@code phonesmith.web.sign-in.provider=oidc}), with quarkus-oidc's authorization code flow (PKCE):
 * <ul>
 * <li>{@code GET /login} sends the browser to the provider, whose answer comes back to {@code /login} and lands the
 * person on the page that asked for sign-in or their role's page; after a sign-out it shows a "Sign in with" link
 * instead, and to somebody the provider knows but Phonesmith refuses it says why;</li>
 * <li>{@code POST /logout} (a form with its CSRF token) ends web's session and sends the browser on to the provider's
 * end-session endpoint (RP-initiated logout), which comes back to {@code /login?signedOut=1};</li>
 * <li>the sign-up page says where accounts are made: at the provider.</li>
 * </ul>
 */
@RequestScoped
public class ProviderSignIn {
    private static final Logger LOG = Logger.getLogger(ProviderSignIn.class);
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    static final String SIGNED_OUT = "/login?signedOut=1";

    /** What the pages show: the provider's name, and per page a notice, a link or the refusal. */
    public record ProviderPage(String provider, String notice, String signInLink, String signUpUrl,
            ProviderPeople.Refused refusal, String endSessionUrl) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(ProviderPage page);

        static native TemplateInstance refused(ProviderPage page);

        static native TemplateInstance signingOut(ProviderPage page);

        static native TemplateInstance signUp(ProviderPage page);
    }

    private final WebConfig.Oidc config;
    private final Viewer viewer;
    private final SecurityIdentity identity;
    private final RoutingContext routing;
    private final Instance<OidcSession> session;
    private final Instance<OidcConfigurationMetadata> metadata;

    public ProviderSignIn(WebConfig config, Viewer viewer, SecurityIdentity identity, RoutingContext routing,
            Instance<OidcSession> session, Instance<OidcConfigurationMetadata> metadata) {
        this.config = config.oidc();
        this.viewer = viewer;
        this.identity = identity;
        this.routing = routing;
        this.session = session;
        this.metadata = metadata;
    }

    /**
     * {@code GET /login}: on to the page asked for, the refusal, the provider's error (its {@code error}, when it sent
     * the browser back without a code), the "Sign in with" link, or off to the provider.
     */
    public Response signInPage(String next, boolean signedOut, String providerError) {
        if (viewer.person().isPresent()) {
            String safeNext = Redirects.safeNext(next, "");
            return Response.seeOther(URI.create(safeNext.isEmpty() ? Viewer.homeOf(viewer.role()) : safeNext)).build();
        }
        if (viewer.refusal().isPresent()) {
            return page(403, Templates.refused(page("", null, viewer.refusal().get(), null)));
        }
        if (providerError != null) {
            return failedPage(whyFailed(providerError));
        }
        if (signedOut) {
            String safeNext = Redirects.safeNext(next, "");
            String again = safeNext.isEmpty() ? "/login"
                    : UriBuilder.fromPath("/login").queryParam("next", safeNext).build().toString();
            return page(200, Templates.signIn(page("You are signed out.", again, null, null)));
        }
        return challenge();
    }

    /**
     * The sign-in page after signing in at the provider did not complete ({@code 401}): why, and a link to try again.
     * Nothing of a session is kept: quarkus-oidc has dropped its state cookie by then.
     */
    public Response failedPage(String why) {
        routing.put(Viewer.SIGN_IN_FAILED, Boolean.TRUE);
        return page(401, Templates.signIn(page("Signing in at " + config.name() + " did not complete: " + why
                + ". You are not signed in; nothing was changed.", "/login", null, null)));
    }

    /**
     * The provider's error code (RFC 6749, 4.1.2.1) in words for the person. Its description is not shown: anyone can
     * send a link to {@code /login?error=...}, and the page must not say what a stranger wrote in it.
     */
    public static String whyFailed(String error) {
        return switch (error) {
            case "access_denied" -> "it was cancelled or refused there";
            case "login_required", "interaction_required", "consent_required" -> "it asks you to sign in again";
            case "temporarily_unavailable", "server_error" -> "it is unavailable right now";
            default -> error.matches("[A-Za-z0-9_.-]{1,40}") ? "it answered with the error " + error
                    : "it answered with an error";
        };
    }

    /** The provider's authorization request (state cookie, PKCE) from quarkus-oidc, as the answer. */
    private Response challenge() {
        HttpAuthenticator authenticator = routing.get(HttpAuthenticator.class.getName());
        ChallengeData challenge;
        try {
            challenge = authenticator.getChallenge(routing).await().atMost(Duration.ofSeconds(30));
        } catch (RuntimeException e) {
            LOG.warnf("cannot send a browser to the sign-in service: %s", e.toString());
            throw new BackendUnavailableException("the sign-in service", e.getMessage(), e);
        }
        if (challenge == null || challenge.headerName == null) {
            throw new BackendUnavailableException("the sign-in service", "quarkus-oidc made no challenge", null);
        }
        return Response.status(challenge.status).header(challenge.headerName.toString(), challenge.headerContent)
                .build();
    }

    /**
     * {@code POST /logout}: ends web's session (quarkus-oidc's cookie), then a page that sends the browser to the
     * provider's end-session endpoint with the ID token as hint; without one, straight to the signed-out page.
     */
    public Response signOut(UriInfo uri) {
        IdTokenCredential idToken = identity.isAnonymous() ? null : identity.getCredential(IdTokenCredential.class);
        if (idToken == null) {
            return Response.seeOther(URI.create(SIGNED_OUT)).build();
        }
        session.get().logout().await().atMost(Duration.ofSeconds(10));
        String endSession = metadata.get().getEndSessionUri();
        if (endSession == null || endSession.isBlank()) {
            return Response.seeOther(URI.create(SIGNED_OUT)).build();
        }
        String url = UriBuilder.fromUri(endSession)
                .queryParam("id_token_hint", idToken.getToken())
                .queryParam("client_id", config.clientId().orElse(""))
                .queryParam("post_logout_redirect_uri", uri.getBaseUriBuilder().path("login")
                        .queryParam("signedOut", "1").build().toString())
                .build().toString();
        return page(200, Templates.signingOut(page("", null, null, url)));
    }

    /** {@code GET} and {@code POST /signup}: accounts are made at the provider, not here. */
    public Response signUpPage() {
        return page(200, Templates.signUp(page("", "/login", null, null)));
    }

    private ProviderPage page(String notice, String signInLink, ProviderPeople.Refused refusal, String endSessionUrl) {
        return new ProviderPage(config.name(), notice, signInLink, config.signUpUrl().map(URI::toString).orElse(""),
                refusal, endSessionUrl);
    }

    private static Response page(int status, TemplateInstance template) {
        return Response.status(status).type(HTML).entity(template.render()).build();
    }
}

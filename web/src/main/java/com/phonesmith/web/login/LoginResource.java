package com.phonesmith.web.login;

import com.phonesmith.web.WebConfig;
import com.phonesmith.web.provider.ProviderSignIn;
import com.phonesmith.web.security.Redirects;
import com.phonesmith.web.security.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Sign in and sign out: with web's own accounts, or, when people sign in at an OpenID Connect provider
 * ({@code phonesmith.web.sign-in.provider=oidc}), as {@link ProviderSignIn} does it.
 */
@Path("/")
public class LoginResource {
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneId.of("UTC"));

    /** What the sign-in page shows. */
    public record LoginForm(String username, String next, String error, String notice) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(LoginForm form);
    }

    private final LoginService logins;
    private final Sessions sessions;
    private final SessionCookie cookie;
    private final Viewer viewer;
    private final boolean atProvider;
    private final ProviderSignIn provider;

    public LoginResource(LoginService logins, Sessions sessions, SessionCookie cookie, Viewer viewer, WebConfig config,
            ProviderSignIn provider) {
        this.logins = logins;
        this.sessions = sessions;
        this.cookie = cookie;
        this.viewer = viewer;
        this.atProvider = config.signIn().atProvider();
        this.provider = provider;
    }

    @GET
    @Path("login")
    @PermitAll
    @Produces(HTML)
    @Operation(summary = "The sign-in page (at an OpenID Connect provider: off to it, and back to the role's page)")
    public Response form(@QueryParam("next") String next, @QueryParam("signedOut") String signedOut,
            @QueryParam("error") String providerError, RoutingContext routing) {
        if (atProvider) {
            return provider.signInPage(next, signedOut != null, providerError);
        }
        String notice = routing.get(SessionAuthenticationMechanism.SESSION_ENDED) != null
                ? "Your session has ended: please sign in again."
                : signedOut != null ? "You are signed out." : "";
        return page(200, new LoginForm("", Redirects.safeNext(next, ""), "", notice)).build();
    }

    @POST
    @Path("login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @Operation(summary = "Sign in: a session cookie and a redirect to the next page or the role's page")
    public Response signIn(@FormParam("username") String username, @FormParam("password") String password,
            @FormParam("next") String next) {
        if (atProvider) {
            // no passwords here: people sign in at the provider
            return Response.seeOther(URI.create("/login")).build();
        }
        LoginOutcome outcome = logins.attempt(username, password, viewer.clientAddress());
        String safeNext = Redirects.safeNext(next, "");
        String typed = username == null ? "" : username.trim();
        if (outcome instanceof LoginOutcome.SignedIn signedIn) {
            String token = sessions.start(signedIn.person(), viewer.clientAddress());
            String target = safeNext.isEmpty() ? Viewer.homeOf(signedIn.person().role()) : safeNext;
            return Response.seeOther(URI.create(target)).cookie(cookie.issue(token)).build();
        }
        if (outcome instanceof LoginOutcome.TooSoon tooSoon) {
            return page(429, new LoginForm(typed, safeNext, tooSoonMessage(tooSoon), ""))
                    .header(HttpHeaders.RETRY_AFTER, Math.max(1, (tooSoon.retryAfter().toMillis() + 999) / 1000)).build();
        }
        LoginOutcome.Refused refused = (LoginOutcome.Refused) outcome;
        return page(401, new LoginForm(typed, safeNext, refusedMessage(refused), "")).build();
    }

    @POST
    @Path("logout")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Sign out: the session ends and its cookie is cleared (and the provider's session, if any)")
    public Response signOut(@CookieParam(SessionCookie.NAME) Cookie session, @Context UriInfo uri) {
        if (atProvider) {
            return provider.signOut(uri);
        }
        sessions.end(session == null ? null : session.getValue());
        return Response.seeOther(URI.create("/login?signedOut=1")).cookie(cookie.clear()).build();
    }

    static String refusedMessage(LoginOutcome.Refused refused) {
        if (refused.lockedNow()) {
            return "Wrong username or password. The account is now locked until " + TIME.format(refused.lockedUntil())
                    + " after too many failed attempts; an administrator can unlock it sooner.";
        }
        if (refused.attemptsLeft() >= 0 && refused.attemptsLeft() <= 2) {
            return "Wrong username or password. " + refused.attemptsLeft()
                    + (refused.attemptsLeft() == 1 ? " attempt" : " attempts") + " left before the account is locked.";
        }
        return "Wrong username or password.";
    }

    static String tooSoonMessage(LoginOutcome.TooSoon tooSoon) {
        if (tooSoon.lockedUntil() != null) {
            return "This account is locked until " + TIME.format(tooSoon.lockedUntil())
                    + " after too many failed sign-ins. Try again then, or ask an administrator to unlock it.";
        }
        String wait = describe(tooSoon.retryAfter());
        return tooSoon.fromAddress()
                ? "Too many failed sign-ins from your network. Try again in " + wait + "."
                : "Too many failed sign-ins for this account. Wait " + wait + " before trying again.";
    }

    private static String describe(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return seconds < 120 ? seconds + (seconds == 1 ? " second" : " seconds") : (seconds + 59) / 60 + " minutes";
    }

    private static Response.ResponseBuilder page(int status, LoginForm form) {
        return Response.status(status).type(HTML).entity(Templates.login(form).render());
    }
}

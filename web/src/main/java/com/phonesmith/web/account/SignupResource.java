package com.phonesmith.web.account;

import com.phonesmith.web.WebConfig;
import com.phonesmith.web.form.FormProblem;
import com.phonesmith.web.login.SessionCookie;
import com.phonesmith.web.login.Sessions;
import com.phonesmith.web.provider.ProviderSignIn;
import com.phonesmith.web.security.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Shoppers create their own account, and are signed in at once; when people sign in at an OpenID Connect provider,
 * the page says that accounts are made there.
 */
@Path("/signup")
public class SignupResource {
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    /** What the form shows again after a refusal. */
    public record SignupForm(String email, String displayName, Map<String, String> errors, int minLength) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signup(SignupForm form);
    }

    private final AccountService accounts;
    private final Sessions sessions;
    private final SessionCookie cookie;
    private final Viewer viewer;
    private final boolean atProvider;
    private final ProviderSignIn provider;

    public SignupResource(AccountService accounts, Sessions sessions, SessionCookie cookie, Viewer viewer,
            WebConfig config, ProviderSignIn provider) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.cookie = cookie;
        this.viewer = viewer;
        this.atProvider = config.signIn().atProvider();
        this.provider = provider;
    }

    @GET
    @PermitAll
    @Produces(HTML)
    @Operation(summary = "The sign-up page for shoppers")
    public Response form() {
        if (atProvider) {
            return provider.signUpPage();
        }
        return Response.ok(Templates.signup(new SignupForm("", "", Map.of(), PasswordPolicy.MIN_LENGTH)).render())
                .type(HTML).build();
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @Operation(summary = "Create a shopper account and sign in with it")
    public Response signUp(@FormParam("email") String email, @FormParam("displayName") String displayName,
            @FormParam("password") String password, @FormParam("confirmation") String confirmation) {
        if (atProvider) {
            return provider.signUpPage();
        }
        try {
            Person person = accounts.signUp(email, displayName, password, confirmation);
            String token = sessions.start(person, viewer.clientAddress());
            return Response.seeOther(URI.create("/account?welcome=1")).cookie(cookie.issue(token)).build();
        } catch (FormProblem problem) {
            SignupForm form = new SignupForm(email == null ? "" : email.trim(),
                    displayName == null ? "" : displayName.trim(), problem.errors(), PasswordPolicy.MIN_LENGTH);
            return Response.status(400).type(HTML).entity(Templates.signup(form).render()).build();
        }
    }
}

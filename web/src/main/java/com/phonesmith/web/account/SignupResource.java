package com.phonesmith.web.account;

import com.phonesmith.web.form.FormProblem;
import com.phonesmith.web.login.SessionCookie;
import com.phonesmith.web.login.Sessions;
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

/** Shoppers create their own account, and are signed in at once. */
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

    public SignupResource(AccountService accounts, Sessions sessions, SessionCookie cookie, Viewer viewer) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.cookie = cookie;
        this.viewer = viewer;
    }

    @GET
    @PermitAll
    @Produces(HTML)
    @Operation(summary = "The sign-up page for shoppers")
    public String form() {
        return Templates.signup(new SignupForm("", "", Map.of(), PasswordPolicy.MIN_LENGTH)).render();
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @Operation(summary = "Create a shopper account and sign in with it")
    public Response signUp(@FormParam("email") String email, @FormParam("displayName") String displayName,
            @FormParam("password") String password, @FormParam("confirmation") String confirmation) {
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

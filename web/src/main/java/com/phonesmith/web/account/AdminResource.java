package com.phonesmith.web.account;

import com.phonesmith.platform.security.Roles;
import com.phonesmith.web.WebConfig;
import com.phonesmith.web.form.FormProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The admin's page: every account, making staff and partner accounts, unlocking locked ones. */
@Path("/admin")
@RolesAllowed(Roles.ADMIN)
public class AdminResource {
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";
    static final int PAGE_SIZE = 50;

    /** The page, with the create form as it was sent when it was refused. */
    public record AdminPage(List<AccountView> accounts, int page, boolean more, List<String> roles, String notice,
            Map<String, String> errors, Map<String, String> typed, String provider) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance admin(AdminPage page);
    }

    private final AccountService accounts;
    /** The OpenID Connect provider where people sign in (their accounts are kept there); empty with web's accounts. */
    private final String provider;

    public AdminResource(AccountService accounts, WebConfig config) {
        this.accounts = accounts;
        this.provider = config.signIn().atProvider() ? config.oidc().name() : "";
    }

    @GET
    @Produces(HTML)
    @Operation(summary = "Accounts, and the form that makes one")
    public String page(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("notice") String notice) {
        return render(page, notice, Map.of(), Map.of());
    }

    @POST
    @Path("/accounts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    @Operation(summary = "Make an account of any role (a partner names its maker)")
    public Response create(@FormParam("username") String username, @FormParam("displayName") String displayName,
            @FormParam("role") String role, @FormParam("maker") String maker, @FormParam("password") String password) {
        if (!provider.isEmpty()) {
            return Response.status(409).type(HTML).entity(render(0, "Accounts are made at " + provider + ".",
                    Map.of(), Map.of())).build();
        }
        try {
            Person made = accounts.createAccount(username, displayName, role, maker, password);
            return Response.seeOther(UriBuilder.fromPath("/admin").queryParam("notice",
                    "Account " + made.username() + " (" + made.role() + ") made.").build()).build();
        } catch (FormProblem problem) {
            Map<String, String> typed = Map.of("username", orEmpty(username), "displayName", orEmpty(displayName),
                    "role", orEmpty(role), "maker", orEmpty(maker));
            return Response.status(400).type(HTML).entity(render(0, "", problem.errors(), typed)).build();
        }
    }

    @POST
    @Path("/accounts/{id}/unlock")
    @Operation(summary = "End an account's lock after failed sign-ins")
    public Response unlock(@PathParam("id") UUID id) {
        if (!accounts.unlock(id)) {
            return Response.status(404).type(HTML).entity(render(0, "There is no such account.", Map.of(), Map.of()))
                    .build();
        }
        return Response.seeOther(UriBuilder.fromPath("/admin").queryParam("notice", "The account is unlocked.").build())
                .build();
    }

    private String render(int page, String notice, Map<String, String> errors, Map<String, String> typed) {
        List<AccountView> list = accounts.list(page, PAGE_SIZE);
        boolean more = (long) (page + 1) * PAGE_SIZE < accounts.count();
        return Templates.admin(new AdminPage(list, page, more, Roles.PEOPLE, notice == null ? "" : notice, errors,
                typed, provider)).render();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.trim();
    }
}

package com.phonesmith.web.provider;

import com.phonesmith.web.WebConfig;
import com.phonesmith.web.login.SessionIdentityProvider;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes somebody signed in at the OpenID Connect provider the {@link com.phonesmith.web.account.Person} of
 * {@link ProviderPeople} (identity attribute {@value SessionIdentityProvider#PERSON}, their one role as the identity's
 * only role), as web's own sessions do; somebody Phonesmith refuses keeps no role and carries the reason
 * ({@value #REFUSAL}) for the sign-in page. Does nothing when people sign in with web's own accounts.
 */
@ApplicationScoped
public class ProviderIdentities implements SecurityIdentityAugmentor {
    /** Identity attribute: why somebody signed in at the provider may not use Phonesmith. */
    public static final String REFUSAL = "phonesmith.refusal";

    private final boolean atProvider;
    private final ProviderPeople people;

    public ProviderIdentities(WebConfig config) {
        this.atProvider = config.signIn().atProvider();
        this.people = new ProviderPeople(config.oidc().rolesClaim(), config.oidc().makerClaim());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        IdTokenCredential idToken = identity.isAnonymous() ? null : identity.getCredential(IdTokenCredential.class);
        if (!atProvider || idToken == null || identity.getAttribute(SessionIdentityProvider.PERSON) != null) {
            return Uni.createFrom().item(identity);
        }
        List<JsonObject> claims = new ArrayList<>(2);
        TokenClaims.of(idToken.getToken()).ifPresent(claims::add);
        AccessTokenCredential accessToken = identity.getCredential(AccessTokenCredential.class);
        if (accessToken != null) {
            TokenClaims.of(accessToken.getToken()).ifPresent(claims::add);
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes());
        ProviderPeople.Outcome outcome = people.personOf(claims);
        if (outcome instanceof ProviderPeople.Known known) {
            builder.addRole(known.person().role()).addAttribute(SessionIdentityProvider.PERSON, known.person());
        } else {
            builder.addAttribute(REFUSAL, outcome);
        }
        return Uni.createFrom().item(builder.build());
    }
}

package com.phonesmith.web.provider;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * web with people signing in at an OpenID Connect provider, a real Keycloak ({@link KeycloakResource}): one restart of
 * web and one Keycloak for every test class of this profile.
 */
public class AtKeycloak implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("phonesmith.web.sign-in.provider", "oidc", "phonesmith.web.oidc.name", "Keycloak");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KeycloakResource.class));
    }
}

package com.phonesmith.web.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.phonesmith.web.account.Person;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The claims of a provider's tokens as the person Phonesmith knows, or the reason it refuses them. */
class ProviderPeopleTest {
    private static final String ISSUER = "https://sso.example/realms/phonesmith";
    private final ProviderPeople keycloak = new ProviderPeople("realm_access/roles", "maker");

    private static JsonObject idToken(String subject, String username) {
        return new JsonObject().put("iss", ISSUER).put("sub", subject).put("preferred_username", username)
                .put("name", "Ada Lovelace").put("email", "ada@example.org");
    }

    private static JsonObject realmRoles(String... roles) {
        return new JsonObject().put("realm_access", new JsonObject().put("roles", List.of(roles)));
    }

    private Person known(ProviderPeople people, JsonObject... claims) {
        ProviderPeople.Outcome outcome = people.personOf(List.of(claims));
        assertThat(outcome).isInstanceOf(ProviderPeople.Known.class);
        return ((ProviderPeople.Known) outcome).person();
    }

    private ProviderPeople.Refused refused(ProviderPeople people, JsonObject... claims) {
        ProviderPeople.Outcome outcome = people.personOf(List.of(claims));
        assertThat(outcome).isInstanceOf(ProviderPeople.Refused.class);
        return (ProviderPeople.Refused) outcome;
    }

    @Test
    void aShopperWithKeycloaksRealmRolesInTheAccessTokenIsAPerson() {
        Person person = known(keycloak, idToken("f3a1", "ada"),
                realmRoles("default-roles-phonesmith", "offline_access", "shopper"));

        assertThat(person.role()).isEqualTo("shopper");
        assertThat(person.username()).isEqualTo("ada");
        assertThat(person.displayName()).isEqualTo("Ada Lovelace");
        assertThat(person.email()).contains("ada@example.org");
        assertThat(person.maker()).isEmpty();
        assertThat(person.id()).isEqualTo(UUID.nameUUIDFromBytes((ISSUER + "\nf3a1").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theIdIsStableForOneSubjectAndDiffersBetweenSubjectsAndIssuers() {
        Person first = known(keycloak, idToken("f3a1", "ada"), realmRoles("shopper"));
        Person again = known(keycloak, idToken("f3a1", "ada-renamed"), realmRoles("shopper"));
        Person other = known(keycloak, idToken("b7c2", "ada"), realmRoles("shopper"));
        Person elsewhere = known(keycloak, idToken("f3a1", "ada").put("iss", "https://other.example"),
                realmRoles("shopper"));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(other.id()).isNotEqualTo(first.id());
        assertThat(elsewhere.id()).isNotEqualTo(first.id());
    }

    @Test
    void aGroupsClaimPathReadsAFlatList() {
        ProviderPeople groups = new ProviderPeople("groups", "maker");

        assertThat(known(groups, idToken("s1", "sam").put("groups", List.of("staff", "support"))).role())
                .isEqualTo("support");
        assertThat(known(groups, idToken("s1", "sam").put("groups", "operator")).role()).isEqualTo("operator");
    }

    @Test
    void aPartnerGetsTheMakerOfItsClaimAndTheIdTokenComesFirst() {
        ProviderPeople renamed = new ProviderPeople("realm_access/roles", "phonesmith_maker");
        Person partner = known(renamed, idToken("p1", "nina").put("phonesmith_maker", "nordvik"),
                realmRoles("partner").put("phonesmith_maker", "othermaker"));

        assertThat(partner.role()).isEqualTo("partner");
        assertThat(partner.maker()).contains("nordvik");
    }

    @Test
    void aMakerClaimOfSomebodyWhoIsNoPartnerIsIgnored() {
        assertThat(known(keycloak, idToken("s1", "sam").put("maker", "nordvik"), realmRoles("support")).maker())
                .isEmpty();
    }

    @Test
    void aPartnerWithoutAMakerIsRefusedSayingSo() {
        ProviderPeople.Refused refusal = refused(keycloak, idToken("p1", "nina"), realmRoles("partner"));

        assertThat(refusal.username()).isEqualTo("nina");
        assertThat(refusal.reason()).contains("partner account but names no maker");
    }

    @Test
    void somebodyWithNoneOfPhonesmithsRolesIsRefusedSayingWhichRolesCount() {
        ProviderPeople.Refused refusal = refused(keycloak, idToken("n1", "nobody"),
                realmRoles("default-roles-phonesmith", "offline_access"));

        assertThat(refusal.username()).isEqualTo("nobody");
        assertThat(refusal.reason()).isEqualTo(
                "Your account has none of Phonesmith's roles (shopper, operator, support, partner, admin).");
        assertThat(refused(keycloak, idToken("n1", "nobody")).reason()).contains("none of Phonesmith's roles");
    }

    @Test
    void theServiceRoleIsNoPersonsRole() {
        assertThat(refused(keycloak, idToken("x", "robot"), realmRoles("service")).reason())
                .contains("none of Phonesmith's roles");
    }

    @Test
    void ofSeveralRolesTheMostPowerfulIsTaken() {
        assertThat(known(keycloak, idToken("a1", "alex"), realmRoles("shopper", "admin", "support")).role())
                .isEqualTo("admin");
    }

    @Test
    void withoutANameTheGivenAndFamilyNamesOrTheUsernameAreShown() {
        JsonObject noName = idToken("a1", "alex");
        noName.remove("name");
        assertThat(known(keycloak, noName.copy().put("given_name", "Alex").put("family_name", "Admin"),
                realmRoles("admin")).displayName()).isEqualTo("Alex Admin");
        assertThat(known(keycloak, noName, realmRoles("admin")).displayName()).isEqualTo("alex");
    }

    @Test
    void withoutAPreferredUsernameTheSubjectIsTheUsername() {
        JsonObject claims = idToken("a1", "alex");
        claims.remove("preferred_username");
        assertThat(known(keycloak, claims, realmRoles("admin")).username()).isEqualTo("a1");
        assertThat(known(keycloak, claims, realmRoles("admin")).email()).isEqualTo(Optional.of("ada@example.org"));
    }

    @Test
    void claimsWithoutIssuerOrSubjectAreRefused() {
        JsonObject claims = idToken("a1", "alex");
        claims.remove("sub");
        assertThat(refused(keycloak, claims, realmRoles("admin")).reason()).contains("no issuer or subject");
    }

    @Test
    void anEmptyRolesPathIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new ProviderPeople(" / ", "maker"));
    }
}

package com.phonesmith.web.token;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.support.Tokens;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/** The token endpoint for API clients (password grant) and services (client credentials grant). */
@QuarkusTest
class TokenEndpointTest extends RealInfrastructure {
    /** The test profile's client secret of factory-adapter (application.properties). */
    static final String SECRET = "factory-secret-of-the-tests-0123456789";

    @Test
    void aPersonGetsAShortLivedTokenWithTheirRoleThatVerifiesAgainstTheJwks() throws Exception {
        FakeBackends.get(); // the demo partners are made once the catalog answers
        await().atMost(Duration.ofSeconds(30)).until(() -> passwordGrant("partner-nordvik").statusCode() == 200);

        Response answer = passwordGrant("partner-nordvik");

        answer.then().statusCode(200).body("token_type", equalTo("Bearer")).body("expires_in", equalTo(900));
        assertThat(answer.header("Cache-Control")).contains("no-store");
        JwtClaims claims = Tokens.verify(answer.path("access_token"));
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("partner");
        assertThat(claims.getStringClaimValue("maker")).isEqualTo("nordvik");
        assertThat(claims.getClaimValueAsString("client_ip")).isNotBlank();
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(900);
    }

    private static Response passwordGrant(String username) {
        return given().formParam("grant_type", "password").formParam("username", username)
                .formParam("password", WebSessions.DEMO_PASSWORD).post("/oauth/token");
    }

    @Test
    void aWrongPasswordIsA401Problem() {
        given().formParam("grant_type", "password").formParam("username", "support").formParam("password", "nope-nope-nope")
                .post("/oauth/token")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", equalTo("wrong username or password"));
    }

    @Test
    void aServiceGetsATokenOfRoleServiceWithItsClientCredentials() throws Exception {
        Response answer = given().auth().preemptive().basic("factory-adapter", SECRET)
                .formParam("grant_type", "client_credentials").post("/oauth/token");

        answer.then().statusCode(200);
        JwtClaims claims = Tokens.verify(answer.path("access_token"));
        assertThat(claims.getSubject()).isEqualTo("factory-adapter");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("service");
    }

    @Test
    void wrongOrTooShortClientSecretsGetNoToken() {
        given().auth().preemptive().basic("factory-adapter", SECRET + "x").formParam("grant_type", "client_credentials")
                .post("/oauth/token").then().statusCode(401);
        given().auth().preemptive().basic("too-short", "abc").formParam("grant_type", "client_credentials")
                .post("/oauth/token").then().statusCode(401);
        given().auth().preemptive().basic("nobody", SECRET).formParam("grant_type", "client_credentials")
                .post("/oauth/token").then().statusCode(401);
    }

    @Test
    void aMissingOrUnknownGrantIsA400ProblemNamingTheField() {
        for (Map<String, String> form : List.of(Map.of("username", "support"),
                Map.of("grant_type", "implicit"))) {
            given().formParams(form).post("/oauth/token")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("grant_type"));
        }
        given().formParam("grant_type", "password").formParam("password", "x").post("/oauth/token")
                .then().statusCode(400).body("errors[0].field", equalTo("username"));
    }

    @Test
    void theJwksPublishesThePublicKeyOnly() {
        String jwks = given().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();

        assertThat(jwks).contains("\"kty\":\"RSA\"", "\"use\":\"sig\"", "\"alg\":\"RS256\"", "\"kid\":")
                .doesNotContain("\"d\":", "\"p\":", "\"q\":");
    }
}

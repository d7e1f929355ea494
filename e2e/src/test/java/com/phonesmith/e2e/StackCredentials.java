package com.phonesmith.e2e;

import static io.restassured.RestAssured.given;

import com.phonesmith.devstack.Stack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tokens for the e2e tests, obtained the way clients obtain them: from web's token endpoint, with the demo
 * accounts web made (and printed) and, for the service role, factory-adapter's client secret of the stack.
 */
final class StackCredentials {
    private final Stack stack;
    private final Path dataDir;
    private final Map<String, String> passwords = new HashMap<>();

    StackCredentials(Stack stack, Path dataDir) {
        this.stack = stack;
        this.dataDir = dataDir;
        List<String> lines = stack.demoAccounts(Duration.ofSeconds(60));
        for (String line : lines) {
            String[] parts = line.split(" ", 3);
            if (parts.length == 3) {
                passwords.put(parts[1], parts[2]);
            }
        }
    }

    /** The demo account of a role (partners: the one of maker nordvik). */
    static String demoUsername(String role) {
        return role.equals("partner") ? "partner-nordvik" : role;
    }

    /** A bearer token for the demo account of this role, or for factory-adapter for role service. */
    String tokenFor(String role) {
        if (role.equals("service")) {
            return given().auth().preemptive().basic("factory-adapter", secret("factory-adapter.client-secret"))
                    .formParam("grant_type", "client_credentials").post(stack.url("web") + "/oauth/token")
                    .then().statusCode(200).extract().path("access_token");
        }
        return tokenOf(demoUsername(role));
    }

    /** A bearer token for this demo account (e.g. partner-lumo). */
    String tokenOf(String username) {
        String password = passwords.get(username);
        if (password == null) {
            throw new IllegalStateException("web listed no demo account " + username + " in " + dataDir);
        }
        return given().formParam("grant_type", "password").formParam("username", username)
                .formParam("password", password).post(stack.url("web") + "/oauth/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** The cookies of a browser signed in to web as this demo account, the way a browser signs in. */
    Map<String, String> webSession(String username) {
        io.restassured.response.Response loginPage = given().get(stack.url("web") + "/login")
                .then().statusCode(200).extract().response();
        String csrfCookie = loginPage.cookie("phonesmith_csrf");
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"")
                .matcher(loginPage.asString());
        if (!token.find()) {
            throw new IllegalStateException("web's sign-in page has no CSRF field");
        }
        io.restassured.response.Response signedIn = given().redirects().follow(false)
                .cookie("phonesmith_csrf", csrfCookie).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", token.group(1)).formParam("username", username)
                .formParam("password", passwords.get(username)).post(stack.url("web") + "/login")
                .then().statusCode(303).extract().response();
        return Map.of("phonesmith_csrf", csrfCookie, "phonesmith_session", signedIn.cookie("phonesmith_session"));
    }

    String password(String username) {
        return passwords.get(username);
    }

    private String secret(String name) {
        try {
            return Files.readString(dataDir.resolve("secrets").resolve(name)).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

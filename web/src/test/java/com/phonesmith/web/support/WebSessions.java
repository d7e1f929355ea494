package com.phonesmith.web.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signs in to web the way a browser does: the sign-in page first (CSRF cookie and token), then the form. */
public final class WebSessions {
    /** Every demo account's password in the test profile. */
    public static final String DEMO_PASSWORD = "demo-password-for-tests";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private WebSessions() {
    }

    /** A browser's CSRF cookie and the token its forms carry. */
    public record Csrf(String cookie, String token) {
        /** A request from this browser, without a session. */
        public RequestSpecification given() {
            return io.restassured.RestAssured.given().redirects().follow(false).cookie("phonesmith_csrf", cookie);
        }
    }

    /** A signed-in browser. */
    public record Session(String cookie, Csrf csrf) {
        /** A request from this browser: its session and CSRF cookies. */
        public RequestSpecification given() {
            return csrf.given().cookie("phonesmith_session", cookie);
        }

        /** A form post from this browser, with its CSRF token. */
        public RequestSpecification form() {
            return given().contentType("application/x-www-form-urlencoded").formParam("csrf", csrf.token());
        }
    }

    /** Opens the sign-in page as a new browser. */
    public static Csrf newBrowser() {
        Response page = given().get("/login").then().statusCode(200).extract().response();
        return new Csrf(page.cookie("phonesmith_csrf"), csrfTokenIn(page.asString()));
    }

    public static String csrfTokenIn(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("the page has no CSRF field:\n" + html);
        }
        return matcher.group(1);
    }

    /** Sends the sign-in form and returns web's answer as it is. */
    public static Response attempt(Csrf browser, String username, String password) {
        return browser.given().contentType("application/x-www-form-urlencoded").formParam("csrf", browser.token())
                .formParam("username", username).formParam("password", password).post("/login");
    }

    /** Signs in, failing the test unless web answers with a session. */
    public static Session signIn(String username, String password) {
        Csrf browser = newBrowser();
        Response answer = attempt(browser, username, password);
        String session = answer.cookie("phonesmith_session");
        if (answer.statusCode() != 303 || session == null || session.isEmpty()) {
            throw new AssertionError("signing in as " + username + " answered " + answer.statusCode() + ":\n"
                    + answer.asString());
        }
        return new Session(session, browser);
    }

    public static Session signInDemo(String username) {
        return signIn(username, DEMO_PASSWORD);
    }
}

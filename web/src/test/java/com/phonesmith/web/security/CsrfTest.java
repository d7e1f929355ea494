package com.phonesmith.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every form that changes something needs the CSRF token of its own browser. */
@QuarkusTest
class CsrfTest extends RealInfrastructure {

    @Test
    void aSignInFormWithoutItsTokenIsRefusedAndSignsNobodyIn() {
        WebSessions.Csrf browser = WebSessions.newBrowser();

        var answer = browser.given().contentType("application/x-www-form-urlencoded")
                .formParam("username", "support").formParam("password", WebSessions.DEMO_PASSWORD).post("/login");

        answer.then().statusCode(403).body(containsString("This form has expired"));
        assertThat(answer.cookie("phonesmith_session")).isNull();
    }

    @Test
    void aTokenOfAnotherBrowserIsRefused() {
        WebSessions.Csrf mine = WebSessions.newBrowser();
        WebSessions.Csrf theirs = WebSessions.newBrowser();

        mine.given().contentType("application/x-www-form-urlencoded").formParam("csrf", theirs.token())
                .formParam("username", "support").formParam("password", WebSessions.DEMO_PASSWORD).post("/login")
                .then().statusCode(403);
    }

    @Test
    void aFormPostedWithoutTheCookieIsRefused() {
        WebSessions.Csrf browser = WebSessions.newBrowser();

        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", browser.token()).formParam("username", "support")
                .formParam("password", WebSessions.DEMO_PASSWORD).post("/login")
                .then().statusCode(403);
    }

    @Test
    void signingOutWithoutTheTokenIsRefusedAndTheSessionStays() {
        FakeBackends.get();
        WebSessions.Session session = WebSessions.signInDemo("support");

        session.given().contentType("application/x-www-form-urlencoded").formParam("x", "1").post("/logout")
                .then().statusCode(403);

        session.given().get("/support").then().statusCode(200);
    }

    @Test
    void aClientThatAsksForJsonGetsTheRefusalAsAProblem() {
        given().accept("application/json").contentType("application/x-www-form-urlencoded").formParam("x", "1")
                .post("/logout")
                .then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403)).body("title", equalTo("This form has expired"));
    }

    @Test
    void theTokenIsInTheHeaderForScriptsLikeHtmx() {
        WebSessions.Session session = WebSessions.signInDemo("support");

        session.given().header("X-CSRF-Token", session.csrf().token())
                .contentType("application/x-www-form-urlencoded").post("/logout").then().statusCode(303);
    }
}

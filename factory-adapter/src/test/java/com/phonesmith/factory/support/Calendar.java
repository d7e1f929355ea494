package com.phonesmith.factory.support;

import static io.restassured.RestAssured.given;

import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.platform.security.Roles;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/** The factory's capacity calendar through its API, for tests that fill days and must give them back after. */
public final class Calendar {
    public static final ZoneId FACTORY_ZONE = ZoneId.of("Europe/Stockholm");

    private Calendar() {
    }

    public static LocalDate today() {
        return LocalDate.now(FACTORY_ZONE);
    }

    public static JsonPath day(LocalDate day) {
        return given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR))
                .get("/api/capacity?from=" + day + "&days=1").then().statusCode(200).extract().jsonPath();
    }

    public static int capacity(LocalDate day) {
        return day(day).getInt("[0].capacity");
    }

    public static int booked(LocalDate day) {
        return day(day).getInt("[0].booked");
    }

    /** Sets a day's capacity as an admin; returns the answer's status. */
    public static int setCapacity(LocalDate day, int capacity) {
        return given().auth().oauth2(TestTokens.get().forRole(Roles.ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("capacity", capacity)).put("/api/capacity/" + day).then().extract().statusCode();
    }
}

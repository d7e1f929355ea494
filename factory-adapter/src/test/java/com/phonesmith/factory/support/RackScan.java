package com.phonesmith.factory.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.handset.RackLayout;
import com.phonesmith.platform.security.Roles;
import java.time.Duration;

/** Waits until the station scan has found the test rack's handsets, so reservations find stock. */
public final class RackScan {
    private RackScan() {
    }

    public static void awaitRackFound() {
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth()
                .oauth2(TestTokens.get().forRole(Roles.OPERATOR)).get("/api/handsets?size=1").then().statusCode(200)
                .extract().jsonPath().getLong("total") >= RackLayout.standard().handsetCount());
    }
}

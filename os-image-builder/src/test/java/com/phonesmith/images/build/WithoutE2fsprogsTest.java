package com.phonesmith.images.build;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.phonesmith.contracts.EventCodec;
import com.phonesmith.contracts.Topics;
import com.phonesmith.contracts.events.BuildImage;
import com.phonesmith.contracts.events.ImageBuildFailed;
import com.phonesmith.devstack.testing.KafkaProbe;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.images.Commands;
import com.phonesmith.images.RealInfrastructure;
import com.phonesmith.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** On a machine without e2fsprogs the service still runs, and every build fails saying what to install. */
@QuarkusTest
@TestProfile(WithoutE2fsprogsTest.NoMke2fs.class)
class WithoutE2fsprogsTest extends RealInfrastructure {
    private static final EventCodec CODEC = EventCodec.withAllKnownTypes();

    public static class NoMke2fs implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("images.mke2fs", "/nonexistent/sbin/mke2fs");
        }
    }

    @Test
    void anOrdersBuildFailsWithAnImageBuildFailedNamingWhatToInstall() {
        String orderId = "order-" + UUID.randomUUID();
        Commands.send(new BuildImage(orderId, "lumo-one", List.of("microg"), List.of("firefox")));

        String reason = KafkaProbe.awaitRecords(Topics.IMAGES_EVENTS, r -> orderId.equals(r.key())
                        && "ImageBuildFailed".equals(CODEC.parse(r.value()).type()), 1, Duration.ofSeconds(60))
                .stream().map(r -> CODEC.payloadOf(CODEC.parse(r.value()), ImageBuildFailed.class).reason())
                .findFirst().orElseThrow();

        assertThat(reason).contains("mke2fs was not found").contains("apt-get install e2fsprogs");
        given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT)).when().get("/api/builds/{orderId}", orderId)
                .then().statusCode(200).body("status", equalTo("FAILED"))
                .body("error", containsString("install e2fsprogs"));
    }

    @Test
    void theServiceStaysReady() {
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}

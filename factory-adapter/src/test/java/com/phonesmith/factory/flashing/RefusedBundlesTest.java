package com.phonesmith.factory.flashing;

import static com.phonesmith.factory.support.WorkflowCommands.awaitFactoryEvent;
import static com.phonesmith.factory.support.WorkflowCommands.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phonesmith.contracts.events.FactoryStepFailed;
import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.factory.fastboot.FastbootClient;
import com.phonesmith.factory.fastboot.FastbootException;
import com.phonesmith.factory.support.Bundles;
import com.phonesmith.factory.support.RackScan;
import com.phonesmith.factory.support.RealInfrastructure;
import com.phonesmith.handset.fixtures.TestBundles;
import com.phonesmith.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bundles that must never leave the factory on a phone, and what the factory says about them. */
@QuarkusTest
class RefusedBundlesTest extends RealInfrastructure {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @BeforeEach
    void theStationScanHasFoundTheRack() {
        RackScan.awaitRackFound();
    }

    @Test
    void aBundleSignedWithAKeyTheFactoryDoesNotTrustIsRefusedForGoodWithoutTouchingTheHandset() throws Exception {
        TestBundles stranger = new TestBundles();
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, "lumo-pro", "sand", 128, "lumo"));
        HandsetReserved reserved = awaitFactoryEvent(orderId, HandsetReserved.class, WAIT);
        String fingerprint = Bundles.fingerprint("lumo-pro", orderId);
        TestBundles.Bundle bundle = Bundles.make(stranger, "lumo-pro", fingerprint);

        send(new FlashHandset(orderId, Bundles.serve("/bundles/" + orderId + ".zip", bundle), bundle.sha256(),
                fingerprint));

        FactoryStepFailed failed = awaitFactoryEvent(orderId, FactoryStepFailed.class, WAIT);
        assertThat(failed.step()).isEqualTo("flash");
        assertThat(failed.reason()).isEqualTo("the bundle is refused: its descriptor is signed with key "
                + stranger.keyId() + ", which the factory does not trust");
        JsonPath workOrder = workOrder(orderId);
        assertThat(workOrder.getString("status")).isEqualTo("FAILED");
        assertThat(workOrder.getInt("attempts")).isEqualTo(1);
        assertNothingWrittenTo(reserved.imei());
    }

    @Test
    void aBundleForAnotherBoardIsRefusedForGoodWithoutTouchingTheHandset() throws Exception {
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, "lumo-pro", "ink", 256, "lumo"));
        HandsetReserved reserved = awaitFactoryEvent(orderId, HandsetReserved.class, WAIT);
        String fingerprint = Bundles.fingerprint("lumo-pro", orderId);
        TestBundles.Bundle bundle = Bundles.make("nordvik-fjord", fingerprint);

        send(new FlashHandset(orderId, Bundles.serve("/bundles/" + orderId + ".zip", bundle), bundle.sha256(),
                fingerprint));

        FactoryStepFailed failed = awaitFactoryEvent(orderId, FactoryStepFailed.class, WAIT);
        assertThat(failed.step()).isEqualTo("flash");
        assertThat(failed.reason()).isEqualTo("the bundle is refused: it is for board nordvik-fjord, the reserved"
                + " handset is a lumo-pro");
        JsonPath workOrder = workOrder(orderId);
        assertThat(workOrder.getString("status")).isEqualTo("FAILED");
        assertThat(workOrder.getInt("attempts")).isEqualTo(1);
        assertNothingWrittenTo(reserved.imei());
    }

    private static void assertNothingWrittenTo(String imei) throws Exception {
        JsonPath handset = given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR))
                .get("/api/handsets/" + imei).then().statusCode(200).extract().jsonPath();
        try (FastbootClient client = FastbootClient.connect(handset.getString("stationHost"),
                handset.getInt("stationPort"), Duration.ofSeconds(10))) {
            for (String partition : new String[] {"boot", "system", "vendor", "product", "vbmeta"}) {
                assertThatThrownBy(() -> client.getvar("x-flashed-digest:" + partition))
                        .isInstanceOf(FastbootException.class);
            }
        }
    }

    private static JsonPath workOrder(String orderId) {
        return given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT)).get("/api/work-orders/" + orderId)
                .then().statusCode(200).extract().jsonPath();
    }
}

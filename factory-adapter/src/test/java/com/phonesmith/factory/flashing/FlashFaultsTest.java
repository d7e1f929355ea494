package com.phonesmith.factory.flashing;

import static com.phonesmith.factory.support.WorkflowCommands.CODEC;
import static com.phonesmith.factory.support.WorkflowCommands.awaitFactoryEvent;
import static com.phonesmith.factory.support.WorkflowCommands.awaitFactoryEvents;
import static com.phonesmith.factory.support.WorkflowCommands.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.Flashed;
import com.phonesmith.contracts.events.FlashingStarted;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.factory.fastboot.FastbootClient;
import com.phonesmith.factory.support.Bundles;
import com.phonesmith.factory.support.RackScan;
import com.phonesmith.factory.support.RealInfrastructure;
import com.phonesmith.handset.fixtures.TestBundles;
import com.phonesmith.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A flash with each fault of the bench injected into the real virtual handset (over fastboot, {@code oem fault}): the
 * attempt fails with the reason, is recorded and retried, and Flashed goes out once, for the bundle really on it.
 */
@QuarkusTest
class FlashFaultsTest extends RealInfrastructure {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @BeforeEach
    void theStationScanHasFoundTheRack() {
        RackScan.awaitRackFound();
    }

    /** Reserves a handset of the variant, injects the fault into it, then asks for the flash; the order id. */
    private static String flashWithFault(String model, String colour, int storageGb, String fault) throws Exception {
        return flashWithFault(model, colour, storageGb, fault, bundle -> bundle);
    }

    private static String flashWithFault(String model, String colour, int storageGb, String fault,
            UnaryOperator<TestBundles.Bundle> reshaped) throws Exception {
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, model, colour, storageGb, "nordvik"));
        HandsetReserved reserved = awaitFactoryEvent(orderId, HandsetReserved.class, WAIT);
        JsonPath handset = given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR))
                .get("/api/handsets/" + reserved.imei()).then().statusCode(200).extract().jsonPath();
        try (FastbootClient client = FastbootClient.connect(handset.getString("stationHost"),
                handset.getInt("stationPort"), Duration.ofSeconds(10))) {
            client.command("oem fault " + fault);
        }
        String fingerprint = Bundles.fingerprint(model, orderId);
        TestBundles.Bundle bundle = reshaped.apply(Bundles.make(model, fingerprint));
        send(new FlashHandset(orderId, Bundles.serve("/bundles/" + orderId + ".zip", bundle), bundle.sha256(),
                fingerprint));
        return orderId;
    }

    /** The order shipped after exactly one failed attempt whose reason says all this, and Flashed went out once. */
    private static void shippedAfterOneRetry(String orderId, String... reason) {
        List<Envelope> events = awaitFactoryEvents(orderId, 7, WAIT);
        assertThat(events).extracting(Envelope::type).containsExactly("HandsetReserved", "FlashingStarted",
                "FlashingStarted", "Flashed", "QaPassed", "Packed", "Shipped");
        assertThat(List.of(events.get(1), events.get(2))).extracting(e -> CODEC.payloadOf(e, FlashingStarted.class))
                .extracting(FlashingStarted::attempt).containsExactly(1, 2);
        JsonPath workOrder = given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT))
                .get("/api/work-orders/" + orderId).then().statusCode(200).extract().jsonPath();
        assertThat(workOrder.getInt("attempts")).isEqualTo(2);
        assertThat(workOrder.getList("history.detail", String.class))
                .anySatisfy(detail -> assertThat(detail).startsWith("attempt 1 failed").contains(reason));
        assertThat(CODEC.payloadOf(events.get(3), Flashed.class).digest())
                .isEqualTo(workOrder.getString("imageDigest"));
    }

    @Test
    void aCablePulledMidDownloadIsRetriedAndRecorded() throws Exception {
        // the cable is pulled half way through the first download of the bundle (its boot image)
        shippedAfterOneRetry(flashWithFault("nordvik-fjord", "slate", 128, "disconnect-download 1"),
                "fastboot with ");
    }

    @Test
    void aPartitionThatFailsToWriteIsRetried() throws Exception {
        shippedAfterOneRetry(flashWithFault("nordvik-fjord", "slate", 256, "fail-write system 1"),
                "refused flash:system_a: writing system_a failed: flash memory error");
    }

    @Test
    void aCorruptedWriteIsCaughtByTheReadBackOfItsPartitionAndIsWrittenAgain() throws Exception {
        // the first partition flashed is boot: its read-back differs, whatever verified boot then says
        shippedAfterOneRetry(flashWithFault("nordvik-tundra", "moss", 512, "corrupt-write 1"),
                "read-back of boot on ", "the write was corrupted");
    }

    @Test
    void aFailedBootIsFlashedAgain() throws Exception {
        shippedAfterOneRetry(flashWithFault("lumo-one", "coral", 128, "fail-boot 1"), "failed to boot the image: ",
                "fault: the boot failed");
    }

    @Test
    void aSlowBootIsWaitedFor() throws Exception {
        String orderId = flashWithFault("lumo-one", "ink", 64, "boot-delay 1500");
        List<Envelope> events = awaitFactoryEvents(orderId, 6, WAIT);
        assertThat(events).extracting(Envelope::type)
                .containsExactly("HandsetReserved", "FlashingStarted", "Flashed", "QaPassed", "Packed", "Shipped");
        given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT)).get("/api/work-orders/" + orderId).then()
                .body("attempts", org.hamcrest.Matchers.equalTo(1));
    }
}

package com.phonesmith.factory.workorder;

import static com.phonesmith.factory.support.FloorCalls.as;
import static com.phonesmith.factory.support.WorkflowCommands.awaitFactoryEvent;
import static com.phonesmith.factory.support.WorkflowCommands.send;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.factory.support.Bundles;
import com.phonesmith.factory.support.RackScan;
import com.phonesmith.factory.support.RealInfrastructure;
import com.phonesmith.handset.fixtures.TestBundles;
import com.phonesmith.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Operators see what waits at each station and block one: nothing starts there until it is unblocked. */
@QuarkusTest
class FloorTest extends RealInfrastructure {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @BeforeEach
    void theStationScanHasFoundTheRack() {
        RackScan.awaitRackFound();
    }

    @Test
    void everyStationIsListedInFloorOrder() {
        as(Roles.SUPPORT).get("/api/floor/stations").then().statusCode(200)
                .body("kind", equalTo(List.of("KITTING", "FLASHING", "QA", "PACKING", "SHIPPING")));
    }

    @Test
    void aBlockedPackingStationHoldsCheckedPhonesUntilAnOperatorUnblocksIt() {
        String orderId = UUID.randomUUID().toString();
        try {
            as(Roles.OPERATOR).body(Map.of("reason", "tape dispenser jammed")).post("/api/floor/stations/packing/block")
                    .then().statusCode(200)
                    .body("blocked", equalTo(true))
                    .body("reason", equalTo("tape dispenser jammed"));
            send(new ScheduleBuild(orderId, "lumo-pro", "ink", 128, "lumo"));
            HandsetReserved reserved = awaitFactoryEvent(orderId, HandsetReserved.class, WAIT);
            String fingerprint = Bundles.fingerprint("lumo-pro", orderId);
            TestBundles.Bundle bundle = Bundles.make("lumo-pro", fingerprint);
            send(new FlashHandset(orderId, Bundles.serve("/bundles/" + orderId + ".zip", bundle), bundle.sha256(),
                    fingerprint));

            await().atMost(WAIT).untilAsserted(() -> as(Roles.OPERATOR).get("/api/floor/stations/packing/queue")
                    .then().statusCode(200).body("orderId", hasItem(orderId)));
            as(Roles.OPERATOR).get("/api/work-orders?imei=" + reserved.imei()).then().statusCode(200)
                    .body("orderId", equalTo(orderId))
                    .body("status", equalTo("QA_PASSED"));
            as(Roles.OPERATOR).post("/api/work-orders/" + orderId + "/label/reprints").then().statusCode(409)
                    .body("errors[0].field", equalTo("station"));
        } finally {
            as(Roles.OPERATOR).post("/api/floor/stations/packing/unblock").then().statusCode(200)
                    .body("blocked", equalTo(false));
        }
        await().atMost(WAIT).untilAsserted(() -> as(Roles.OPERATOR).get("/api/work-orders/" + orderId).then()
                .body("status", equalTo("SHIPPED"))
                .body("history.step", hasItems("pack", "ship")));
    }

    @Test
    void blockingNeedsAReasonAKnownStationAndAnOperator() {
        as(Roles.OPERATOR).body(Map.of("reason", " ")).post("/api/floor/stations/qa/block").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
        as(Roles.OPERATOR).body(Map.of("reason", "x")).post("/api/floor/stations/painting/block").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("station"));
        as(Roles.SUPPORT).body(Map.of("reason", "x")).post("/api/floor/stations/qa/block").then().statusCode(403);
        as(Roles.OPERATOR).get("/api/floor/stations/qa/queue?limit=0").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void anImeiNoOrderHasIsNotFoundAndAMalformedOneIsNamed() {
        as(Roles.OPERATOR).get("/api/work-orders?imei=356938035643809").then().statusCode(404);
        as(Roles.OPERATOR).get("/api/work-orders?imei=12ab").then().statusCode(400)
                .body("errors[0].field", equalTo("imei"));
    }
}

package com.phonesmith.factory.floor;

import static com.phonesmith.factory.support.WorkflowCommands.awaitFactoryEvent;
import static com.phonesmith.factory.support.WorkflowCommands.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.phonesmith.contracts.events.FlashHandset;
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
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.core.ConditionTimeoutException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Operators watch each port of the flashing station: a work order flashed onto a real virtual handset over fastboot
 * shows its progress on the handset's port until it is done, and a flash that fails shows why.
 */
@QuarkusTest
class FlashingPortsTest extends RealInfrastructure {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PORTS = "/api/floor/stations/flashing/ports";

    /** The reserved handset of an order: where it sits at the station. */
    private record AtPort(String orderId, String imei, String host, int port) {
    }

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.get().forRole(role));
    }

    @BeforeEach
    void theStationScanHasFoundTheRack() {
        RackScan.awaitRackFound();
    }

    /** Schedules an order of the variant and finds the port of the handset reserved for it. */
    private static AtPort reserve(String model, String colour, int storageGb, String maker) {
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, model, colour, storageGb, maker));
        HandsetReserved reserved = awaitFactoryEvent(orderId, HandsetReserved.class, WAIT);
        JsonPath handset = as(Roles.OPERATOR).get("/api/handsets/" + reserved.imei()).then().statusCode(200)
                .extract().jsonPath();
        return new AtPort(orderId, reserved.imei(), handset.getString("stationHost"), handset.getInt("stationPort"));
    }

    private static void fault(AtPort at, String fault) throws IOException {
        try (FastbootClient client = FastbootClient.connect(at.host(), at.port(), Duration.ofSeconds(10))) {
            client.command("oem fault " + fault);
        }
    }

    private static void flash(AtPort at, String model) {
        String fingerprint = Bundles.fingerprint(model, at.orderId());
        TestBundles.Bundle bundle = Bundles.make(model, fingerprint);
        send(new FlashHandset(at.orderId(), Bundles.serve("/bundles/" + at.orderId() + ".zip", bundle),
                bundle.sha256(), fingerprint));
    }

    /** The port as the operator's console reads it now. */
    private static Map<String, Object> port(AtPort at) {
        List<Map<String, Object>> ports = as(Roles.OPERATOR).get(PORTS).then().statusCode(200).extract().jsonPath()
                .getList("$");
        return ports.stream().filter(p -> ((Number) p.get("port")).intValue() == at.port()).findFirst()
                .orElseThrow(() -> new AssertionError("port " + at.port() + " is not listed: " + ports));
    }

    /** Reads the port every 20 ms, keeping what it showed for the order, until {@code last} holds. */
    private static List<Map<String, Object>> watch(AtPort at, Predicate<Map<String, Object>> last) {
        // filled by Awaitility's polling thread
        List<Map<String, Object>> seen = new CopyOnWriteArrayList<>();
        try {
            await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() -> {
                Map<String, Object> now = port(at);
                if (!at.orderId().equals(now.get("orderId"))) {
                    return false;
                }
                seen.add(now);
                return last.test(now);
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("the port never showed the end awaited; it showed " + seen, e);
        }
        return seen;
    }

    private static int percent(Map<String, Object> port) {
        return ((Number) port.get("percent")).intValue();
    }

    private static long number(Map<String, Object> port, String field) {
        return ((Number) port.get(field)).longValue();
    }

    @Test
    void theHandsetsPortShowsTheFlashGoingUpPieceByPieceUntilItIsDoneThenIdle() throws Exception {
        AtPort at = reserve("lumo-one", "coral", 128, "lumo");
        // a slow cable, so that each piece takes a while and the console can see the bar move, and a boot long
        // enough to be seen between two looks at the port
        fault(at, "link-speed 100000");
        fault(at, "boot-delay 600");
        List<Map<String, Object>> seen;
        try {
            flash(at, "lumo-one");
            seen = watch(at, p -> "DONE".equals(p.get("state")) || "FAILED".equals(p.get("state")));
        } finally {
            fault(at, "clear");
        }

        Map<String, Object> done = seen.get(seen.size() - 1);
        assertThat(done).containsEntry("state", "DONE").containsEntry("imei", at.imei()).containsEntry("attempt", 1)
                .containsEntry("percent", 100).containsEntry("address", at.host() + ":" + at.port())
                .containsEntry("failure", null).containsEntry("partition", null);
        // boot, system, vendor, product and the descriptor, each in one piece at least
        assertThat(number(done, "piecesTotal")).isGreaterThanOrEqualTo(5).isEqualTo(number(done, "piecesWritten"));
        assertThat(number(done, "bytesTotal")).isPositive().isEqualTo(number(done, "bytesWritten"));
        assertThat(Instant.parse((String) done.get("updatedAt")))
                .isAfter(Instant.parse((String) done.get("startedAt")));

        List<String> states = seen.stream().map(p -> (String) p.get("state")).distinct().toList();
        assertThat(states).containsSubsequence("FLASHING", "BOOTING", "DONE").doesNotContain("FAILED");
        List<Integer> percents = seen.stream().map(FlashingPortsTest::percent).toList();
        assertThat(percents).isSorted();
        assertThat(seen.stream().filter(p -> "FLASHING".equals(p.get("state"))).map(FlashingPortsTest::percent)
                .filter(p -> p > 0 && p < 100).distinct().toList())
                .as("the bar at several places between empty and full while flashing").hasSizeGreaterThanOrEqualTo(2);
        assertThat(seen).filteredOn(p -> "FLASHING".equals(p.get("state"))).extracting(p -> p.get("partition"))
                .containsSubsequence("system", "vendor", "product"); // boot is a raw image of a few bytes: gone at once

        // factory.flash.progress.keep-finished (5 s in tests) later the port is idle again
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(port(at))
                .containsEntry("state", "IDLE").containsEntry("orderId", null));
    }

    @Test
    void aFailedFlashShowsItsReasonAndRetryOnThePortAndAfterTheLastAttemptNoRetry() throws Exception {
        AtPort at = reserve("lumo-pro", "ink", 256, "lumo");
        // every attempt fails writing system, the partition after boot
        fault(at, "fail-write system 3");
        List<Map<String, Object>> seen;
        try {
            flash(at, "lumo-pro");
            seen = watch(at, p -> "FAILED".equals(p.get("state")) && p.get("retryAt") == null);
        } finally {
            fault(at, "clear");
        }

        Map<String, Object> failed = seen.get(seen.size() - 1);
        assertThat(failed).containsEntry("attempt", 3).containsEntry("partition", "system")
                .containsEntry("imei", at.imei());
        assertThat((String) failed.get("failure")).startsWith("flash: ")
                .contains("writing system_a failed: flash memory error");
        assertThat(number(failed, "piecesWritten")).isEqualTo(1); // boot
        assertThat(number(failed, "bytesWritten")).isPositive().isLessThan(number(failed, "bytesTotal"));
        assertThat(percent(failed)).isLessThan(100);
        Optional<Map<String, Object>> firstFailure = seen.stream()
                .filter(p -> "FAILED".equals(p.get("state")) && ((Number) p.get("attempt")).intValue() == 1)
                .findFirst();
        assertThat(firstFailure).as("the first attempt's failure, with when it is retried").hasValueSatisfying(
                p -> assertThat(p.get("retryAt")).isNotNull());
        as(Roles.SUPPORT).get("/api/work-orders/" + at.orderId()).then().statusCode(200)
                .body("status", equalTo("FAILED"));
    }

    @Test
    void theFlashingStationListsEveryConfiguredPortOtherStationsNoneAndAnUnknownStationIsNotFound() {
        int first = ConfigProvider.getConfig().getValue("factory.stations.first-port", Integer.class);
        int count = ConfigProvider.getConfig().getValue("factory.stations.count", Integer.class);
        String host = ConfigProvider.getConfig().getValue("factory.stations.host", String.class);
        JsonPath ports = as(Roles.SUPPORT).get(PORTS).then().statusCode(200).body("$", hasSize(count)).extract()
                .jsonPath();
        assertThat(ports.getList("port", Integer.class).subList(0, count)).isSorted().first().isEqualTo(first);
        assertThat(ports.getString("[0].address")).isEqualTo(host + ":" + first);

        as(Roles.OPERATOR).get("/api/floor/stations/kitting/ports").then().statusCode(200).body("$", hasSize(0));
        as(Roles.OPERATOR).get("/api/floor/stations/painting/ports").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no station painting: the stations are kitting, flashing, qa"));
        as(Roles.SHOPPER).get(PORTS).then().statusCode(403);
        given().get(PORTS).then().statusCode(401);
    }
}

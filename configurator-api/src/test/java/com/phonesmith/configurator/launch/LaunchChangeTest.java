package com.phonesmith.configurator.launch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.phonesmith.configurator.RealInfrastructure;
import com.phonesmith.configurator.TestClock;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An admin changes a launch of the Kestrel Summit while it runs (its end, the limit per buyer, the units of each
 * variant, never below those sold, even while buyers take them) and ends it early. Each test removes its launches
 * afterwards, so the other test classes order the model as usual.
 */
@QuarkusTest
class LaunchChangeTest extends RealInfrastructure {
    private static final String MODEL = "kestrel-summit";
    /** The tests' clock as PostgreSQL keeps it, to the microsecond. */
    private static final Instant NOW = TestClock.NOW.truncatedTo(ChronoUnit.MICROS);
    private final TestTokens tokens = TestTokens.get();
    private final List<String> created = new ArrayList<>();

    @Inject
    EntityManager entities;

    @AfterEach
    void removeTheLaunches() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String code : created) {
                for (String table : List.of("launch_sale", "launch_quota")) {
                    entities.createNativeQuery("delete from " + table + " where launch_code = ?1").setParameter(1, code)
                            .executeUpdate();
                }
                entities.createNativeQuery("delete from launch where code = ?1").setParameter(1, code).executeUpdate();
            }
        });
        created.clear();
    }

    /** A launch of basalt 256 GB (these units) and glacier 512 GB (40 units), one phone per buyer. */
    private String launch(Duration opensIn, Duration closesIn, int basaltUnits) {
        String code = "summit-" + UUID.randomUUID().toString().substring(0, 8);
        created.add(code);
        given().auth().oauth2(tokens.forRole(Roles.ADMIN)).contentType("application/json")
                .body(Map.of("code", code, "model", MODEL, "opensAt", NOW.plus(opensIn).toString(),
                        "closesAt", NOW.plus(closesIn).toString(), "perCustomer", 1,
                        "quotas", List.of(Map.of("colour", "basalt", "storageGb", 256, "units", basaltUnits),
                                Map.of("colour", "glacier", "storageGb", 512, "units", 40))))
                .post("/api/launches").then().statusCode(201);
        return code;
    }

    private String openLaunch(int basaltUnits) {
        return launch(Duration.ofHours(-1), Duration.ofDays(7), basaltUnits);
    }

    private Response change(String code, Map<String, Object> body) {
        return given().auth().oauth2(tokens.forRole(Roles.ADMIN)).contentType("application/json").body(body)
                .patch("/api/launches/" + code);
    }

    private Response end(String code) {
        return given().auth().oauth2(tokens.forRole(Roles.ADMIN)).post("/api/launches/" + code + "/end");
    }

    private static Map<String, Object> quota(String colour, int storageGb, int units) {
        return Map.of("colour", colour, "storageGb", storageGb, "units", units);
    }

    private static Response order(String colour, int storageGb) {
        return given().header("Idempotency-Key", "change-" + UUID.randomUUID()).contentType("application/json")
                .body(Map.of("model", MODEL, "colour", colour, "storageGb", storageGb,
                        "customerEmail", "buyer-" + UUID.randomUUID() + "@example.org"))
                .post("/api/orders");
    }

    private static Map<String, Object> basalt(String code) {
        return given().get("/api/launches/" + code).then().statusCode(200).extract()
                .path("quotas.find { it.colour == 'basalt' }");
    }

    @Test
    void anAdminMovesTheEndSetsTheLimitPerBuyerAndTheUnitsOfEachVariantAndAnybodySeesIt() {
        String code = openLaunch(100);
        order("basalt", 256).then().statusCode(201);
        order("basalt", 256).then().statusCode(201);
        Instant later = NOW.plus(Duration.ofDays(10));

        change(code, Map.of("closesAt", later.toString(), "perCustomer", 3,
                "quotas", List.of(quota("basalt", 256, 2), quota("glacier", 512, 60)))).then().statusCode(200)
                .contentType("application/json")
                .body("closesAt", equalTo(later.toString())).body("perCustomer", equalTo(3))
                .body("state", equalTo("OPEN")).body("endedAt", nullValue())
                .body("quotas", equalTo(List.of(
                        Map.of("colour", "basalt", "storageGb", 256, "units", 2, "sold", 2, "left", 0),
                        Map.of("colour", "glacier", "storageGb", 512, "units", 60, "sold", 0, "left", 60))));

        given().get("/api/launches/" + code).then().statusCode(200).body("closesAt", equalTo(later.toString()))
                .body("perCustomer", equalTo(3)).body("quotas[1].units", equalTo(60));
        order("basalt", 256).then().statusCode(409).body("errors[0].field", equalTo("storageGb"))
                .body("errors[0].reason", startsWith("the launch of the Kestrel Summit has sold every basalt 256 GB"));
        // a field left out stays as it is
        change(code, Map.of("perCustomer", 2)).then().statusCode(200).body("closesAt", equalTo(later.toString()))
                .body("quotas[1].units", equalTo(60)).body("perCustomer", equalTo(2));
    }

    @Test
    void unitsBelowTheUnitsSoldAreRefusedNamingTheFieldAndTheNumberSoldAndNothingChanges() {
        String code = openLaunch(10);
        for (int i = 0; i < 3; i++) {
            order("basalt", 256).then().statusCode(201);
        }

        change(code, Map.of("perCustomer", 5, "quotas", List.of(quota("glacier", 512, 1), quota("basalt", 256, 2))))
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("quotas[1].units")))
                .body("errors[0].reason", equalTo("cannot be less than the 3 units already sold"));

        given().get("/api/launches/" + code).then().statusCode(200).body("perCustomer", equalTo(1))
                .body("quotas.units", equalTo(List.of(10, 40))).body("quotas.sold", equalTo(List.of(3, 0)));
        change(code, Map.of("quotas", List.of(quota("basalt", 256, 3)))).then().statusCode(200)
                .body("quotas[0].left", equalTo(0));
    }

    @Test
    void whatCannotBeAChangeIsRefusedNamingTheFieldAndTheReason() {
        String code = openLaunch(10);

        change(code, Map.of("closesAt", NOW.minusSeconds(60).toString())).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("closesAt"))
                .body("errors[0].reason", startsWith("must be later than now"));
        change(code, Map.of("closesAt", "next tuesday")).then().statusCode(400)
                .body("errors[0].field", equalTo("closesAt"));
        change(code, Map.of("perCustomer", 0)).then().statusCode(400).body("errors[0].field", equalTo("perCustomer"));
        change(code, Map.of("quotas", List.of(quota("basalt", 256, -1)))).then().statusCode(400)
                .body("errors[0].field", equalTo("quotas[0].units"));
        change(code, Map.of("quotas", List.of(quota("basalt", 512, 5)))).then().statusCode(422)
                .body("errors[0].field", equalTo("quotas[0]"))
                .body("errors[0].reason",
                        equalTo("is not a variant of the launch (it has basalt 256 GB, glacier 512 GB)"));
        change("no-such-launch", Map.of("perCustomer", 2)).then().statusCode(404)
                .contentType("application/problem+json");

        String next = launch(Duration.ofDays(8), Duration.ofDays(12), 10);
        change(code, Map.of("closesAt", NOW.plus(Duration.ofDays(9)).toString())).then().statusCode(409)
                .body("errors[0].field", equalTo("closesAt"))
                .body("errors[0].reason",
                        equalTo("the window would overlap the launch " + next + " of the same model"));

        Map<String, Object> unchanged = Map.of("perCustomer", 2);
        given().auth().oauth2(tokens.forRole(Roles.SUPPORT)).contentType("application/json").body(unchanged)
                .patch("/api/launches/" + code).then().statusCode(403);
        given().auth().oauth2(tokens.forRole(Roles.SHOPPER)).post("/api/launches/" + code + "/end").then()
                .statusCode(403);
        given().contentType("application/json").body(unchanged).patch("/api/launches/" + code).then().statusCode(401);
        given().get("/api/launches/" + code).then().body("perCustomer", equalTo(1)).body("state", equalTo("OPEN"));
    }

    @Test
    void anEndedLaunchSellsNothingMoreItsModelSellsAsUsualAndEndingItAgainChangesNothing() {
        String code = openLaunch(10);
        order("basalt", 256).then().statusCode(201);
        order("glacier", 256).then().statusCode(422).body("errors[0].field", equalTo("storageGb"));

        end(code).then().statusCode(200).contentType("application/json").body("state", equalTo("ENDED"))
                .body("endedAt", equalTo(NOW.toString())).body("closesAt", equalTo(NOW.plus(Duration.ofDays(7))
                        .toString())).body("quotas[0].sold", equalTo(1));

        order("glacier", 256).then().statusCode(201);
        order("basalt", 256).then().statusCode(201);
        assertThat(basalt(code)).containsEntry("sold", 1);
        end(code).then().statusCode(200).body("state", equalTo("ENDED")).body("endedAt", equalTo(NOW.toString()));
        change(code, Map.of("perCustomer", 2)).then().statusCode(409).body("errors[0].field", equalTo("perCustomer"))
                .body("errors[0].reason", equalTo("cannot change: the launch was ended at " + NOW));
        // the model's next launch may open at once
        launch(Duration.ofMinutes(1), Duration.ofDays(3), 5);
        end("no-such-launch").then().statusCode(404);
    }

    @Test
    void anUpcomingLaunchThatIsEndedNeverOpensAndItsModelIsSoldAsUsual() {
        String code = launch(Duration.ofDays(2), Duration.ofDays(9), 10);
        order("basalt", 256).then().statusCode(422).body("errors[0].field", equalTo("model"));

        end(code).then().statusCode(200).body("state", equalTo("ENDED"));

        order("basalt", 256).then().statusCode(201);
        given().auth().oauth2(tokens.forRole(Roles.SUPPORT)).get("/api/launches?size=100").then().statusCode(200)
                .body("items.find { it.code == '" + code + "' }.state", equalTo("ENDED"));
    }

    @Test
    void loweringAQuotaWhileManyBuyNeverLeavesItBelowTheUnitsSold() throws Exception {
        String code = openLaunch(30);
        int buyers = 24;
        int lowerings = 6;
        ExecutorService pool = Executors.newFixedThreadPool(buyers + lowerings);
        List<Integer> orderStatuses = Collections.synchronizedList(new ArrayList<>());
        List<Response> changes = Collections.synchronizedList(new ArrayList<>());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Void>> work = new ArrayList<>();
            for (int i = 0; i < buyers; i++) {
                work.add(() -> {
                    start.await();
                    orderStatuses.add(order("basalt", 256).statusCode());
                    return null;
                });
                if (i % (buyers / lowerings) == 0) {
                    work.add(() -> {
                        start.await();
                        changes.add(change(code, Map.of("quotas", List.of(quota("basalt", 256, 12)))));
                        return null;
                    });
                }
            }
            List<Future<Void>> running = new ArrayList<>();
            work.forEach(w -> running.add(pool.submit(w)));
            start.countDown();
            for (Future<Void> done : running) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        Map<String, Object> after = basalt(code);
        int units = (Integer) after.get("units");
        int sold = (Integer) after.get("sold");
        assertThat(sold).isLessThanOrEqualTo(units);
        assertThat(orderStatuses).hasSize(buyers).allMatch(s -> s == 201 || s == 409);
        assertThat(orderStatuses.stream().filter(s -> s == 201)).hasSize(sold);
        assertThat(changes).hasSize(lowerings).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isIn(200, 409);
            if (answer.statusCode() == 409) {
                Matcher reason = Pattern.compile("cannot be less than the (\\d+) units already sold")
                        .matcher(answer.<String>path("errors[0].reason"));
                assertThat(reason.matches()).as(answer.asString()).isTrue();
                assertThat(Integer.parseInt(reason.group(1))).isGreaterThan(12);
            }
        });
        boolean lowered = changes.stream().anyMatch(answer -> answer.statusCode() == 200);
        assertThat(units).isEqualTo(lowered ? 12 : 30);
        assertThat(after).containsEntry("left", units - sold);
    }
}

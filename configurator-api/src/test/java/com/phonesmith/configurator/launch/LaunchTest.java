package com.phonesmith.configurator.launch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.phonesmith.configurator.RealInfrastructure;
import com.phonesmith.configurator.TestClock;
import com.phonesmith.configurator.order.IdempotencyKey;
import com.phonesmith.configurator.order.OrderFingerprint;
import com.phonesmith.configurator.order.OrderRequest;
import com.phonesmith.configurator.order.OrderService;
import com.phonesmith.configurator.payment.TestPaymentProvider;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Launches of the Nordvik Tundra, open at the tests' fixed clock; each test removes its launch afterwards, so the
 * other test classes (run one after the other in this JVM) order the model as usual.
 */
@QuarkusTest
class LaunchTest extends RealInfrastructure {
    private static final String MODEL = "nordvik-tundra";
    private final TestTokens tokens = TestTokens.get();
    private final List<String> created = new ArrayList<>();

    @Inject
    EntityManager entities;
    @Inject
    TestPaymentProvider payments;

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
    }

    private Map<String, Object> launch(Duration opensIn, int perCustomer, int units) {
        String code = "tundra-" + UUID.randomUUID().toString().substring(0, 8);
        created.add(code);
        return Map.of("code", code, "model", MODEL, "opensAt", TestClock.NOW.plus(opensIn).toString(),
                "closesAt", TestClock.NOW.plus(Duration.ofDays(7)).toString(), "perCustomer", perCustomer,
                "quotas", List.of(Map.of("colour", "moss", "storageGb", 256, "units", units)));
    }

    private Response create(Map<String, Object> launch) {
        return given().auth().oauth2(tokens.forRole(Roles.ADMIN)).contentType("application/json").body(launch)
                .when().post("/api/launches");
    }

    private static Response order(String email, String key, int storageGb) {
        return given().header("Idempotency-Key", key).contentType("application/json")
                .body(Map.of("model", MODEL, "colour", "moss", "storageGb", storageGb, "customerEmail", email))
                .when().post("/api/orders");
    }

    private static String paymentKeyOf(String key, String email) {
        OrderRequest request = new OrderRequest(MODEL, "moss", 256, List.of(), List.of(), email);
        return OrderService.paymentKeyOf(new IdempotencyKey(key), OrderFingerprint.of(request, Optional.empty()));
    }

    private static int sold(String code) {
        return given().get("/api/launches/" + code).then().statusCode(200).extract().path("quotas[0].sold");
    }

    @Test
    void anAdminCreatesALaunchAndAnybodySeesTheUnitsLeft() {
        Map<String, Object> launch = launch(Duration.ofHours(-1), 2, 500);

        create(launch).then().statusCode(201).body("code", equalTo(launch.get("code")))
                .body("quotas[0].units", equalTo(500)).body("quotas[0].left", equalTo(500));

        given().get("/api/launches/" + launch.get("code")).then().statusCode(200)
                .body("model", equalTo(MODEL)).body("perCustomer", equalTo(2)).body("quotas[0].sold", equalTo(0));
        given().auth().oauth2(tokens.forRole(Roles.SHOPPER)).contentType("application/json").body(launch)
                .post("/api/launches").then().statusCode(403);
        create(launch).then().statusCode(409).body("errors[0].field", equalTo("code"));
    }

    @Test
    void adminAndSupportListTheLaunchesNewestWindowFirstWithTheUnitsOfEachVariant() {
        Map<String, Object> earlier = launch(Duration.ofHours(-1), 2, 500);
        Map<String, Object> later = new java.util.HashMap<>(launch(Duration.ofDays(30), 1, 40));
        later.put("closesAt", TestClock.NOW.plus(Duration.ofDays(37)).toString());
        later.put("quotas", List.of(Map.of("colour", "snow", "storageGb", 512, "units", 40),
                Map.of("colour", "moss", "storageGb", 256, "units", 10)));
        create(earlier).then().statusCode(201);
        create(later).then().statusCode(201);
        String email = "lister@example.org";
        order(email, "list-" + UUID.randomUUID(), 256).then().statusCode(201);

        for (String role : List.of(Roles.ADMIN, Roles.SUPPORT)) {
            Response answer = given().auth().oauth2(tokens.forRole(role)).get("/api/launches?size=100");
            answer.then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(100));
            List<String> codes = answer.path("items.code");
            assertThat(codes).containsSubsequence((String) later.get("code"), (String) earlier.get("code"));
            String first = "items.find { it.code == '" + earlier.get("code") + "' }";
            answer.then().body(first + ".model", equalTo(MODEL)).body(first + ".perCustomer", equalTo(2))
                    .body(first + ".quotas", equalTo(List.of(Map.of("colour", "moss", "storageGb", 256,
                            "units", 500, "sold", 1, "left", 499))));
            String second = "items.find { it.code == '" + later.get("code") + "' }";
            answer.then().body(second + ".quotas.colour", equalTo(List.of("moss", "snow")))
                    .body(second + ".quotas.left", equalTo(List.of(10, 40)));
            // the same shape as one launch's status
            assertThat(answer.<Map<String, Object>>path(first)).isEqualTo(given().get("/api/launches/"
                    + earlier.get("code")).then().statusCode(200).extract().<Map<String, Object>>path(""));
        }
    }

    @Test
    void theListIsPagedAtMostAHundredAtATimeAndOnlyForAdminAndSupport() {
        create(launch(Duration.ofHours(-1), 2, 10)).then().statusCode(201);
        Map<String, Object> later = new java.util.HashMap<>(launch(Duration.ofDays(30), 1, 40));
        later.put("closesAt", TestClock.NOW.plus(Duration.ofDays(37)).toString());
        create(later).then().statusCode(201);
        String admin = tokens.forRole(Roles.ADMIN);

        Response firstPage = given().auth().oauth2(admin).get("/api/launches?page=0&size=1");
        firstPage.then().statusCode(200).body("items.size()", equalTo(1)).body("size", equalTo(1));
        assertThat(firstPage.<Integer>path("total")).isGreaterThanOrEqualTo(2);
        given().auth().oauth2(admin).get("/api/launches?page=1&size=1").then().statusCode(200)
                .body("page", equalTo(1)).body("items.size()", equalTo(1));
        given().auth().oauth2(admin).get("/api/launches?size=101").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().auth().oauth2(admin).get("/api/launches?page=-1").then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        given().auth().oauth2(tokens.forRole(Roles.SHOPPER)).get("/api/launches").then().statusCode(403);
        given().auth().oauth2(tokens.forRole(Roles.PARTNER)).get("/api/launches").then().statusCode(403);
        given().get("/api/launches").then().statusCode(401);
    }

    @Test
    void aLaunchThatOverlapsAnotherOrNamesWhatIsNotSoldIsRefused() {
        create(launch(Duration.ofHours(-1), 2, 10)).then().statusCode(201);
        create(launch(Duration.ofHours(1), 2, 10)).then().statusCode(409).body("errors[0].field", equalTo("opensAt"));

        Map<String, Object> wrong = new java.util.HashMap<>(launch(Duration.ofDays(30), 2, 10));
        wrong.put("quotas", List.of(Map.of("colour", "moss", "storageGb", 64, "units", 10)));
        wrong.put("closesAt", TestClock.NOW.plus(Duration.ofDays(29)).toString());
        create(wrong).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("closesAt", "quotas[0]")));
        wrong.put("perCustomer", 0);
        create(wrong).then().statusCode(400).body("errors[0].field", equalTo("perCustomer"));
    }

    @Test
    void manyBuyersAtOnceNeverGetMoreThanTheQuota() throws Exception {
        Map<String, Object> launch = launch(Duration.ofHours(-1), 1, 5);
        create(launch).then().statusCode(201);

        List<Integer> statuses = concurrentOrders(20);

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(5);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(15);
        assertThat(sold((String) launch.get("code"))).isEqualTo(5);
    }

    @Test
    void theLastUnitWantedByManyAtOnceHasExactlyOneBuyer() throws Exception {
        Map<String, Object> launch = launch(Duration.ofHours(-1), 1, 1);
        create(launch).then().statusCode(201);

        List<Integer> statuses = concurrentOrders(8);

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(7);
        String late = "late-" + UUID.randomUUID();
        order("late@example.org", late, 256).then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("storageGb"))
                .body("errors[0].reason", startsWith("the launch of the Nordvik Tundra has sold every moss 256 GB unit"));
        // its payment was authorised before the order met the sold-out quota, and is released
        assertThat(payments.statusOf(paymentKeyOf(late, "late@example.org"))).isEqualTo("VOIDED");
        assertThat(sold((String) launch.get("code"))).isEqualTo(1);
    }

    @Test
    void aBuyerAtTheLaunchsLimitIsRefusedButTheirRetryIsAnsweredWithTheirOrder() {
        create(launch(Duration.ofHours(-1), 1, 100)).then().statusCode(201);
        String key = "first-" + UUID.randomUUID();
        String id = order("Grace@Example.org", key, 256).then().statusCode(201).extract().path("id");

        order("grace@example.org", "second-" + UUID.randomUUID(), 256).then().statusCode(422)
                .body("errors[0].field", equalTo("customerEmail"))
                .body("errors[0].reason", equalTo("the launch of the Nordvik Tundra allows 1 phone per buyer, and this"
                        + " buyer has ordered 1"));
        order("Grace@Example.org", key, 256).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void beforeItsLaunchOpensAModelIsNotSoldAndDuringItOnlyItsVariants() {
        create(launch(Duration.ofHours(2), 1, 100)).then().statusCode(201);

        order("ada@example.org", "early-" + UUID.randomUUID(), 256).then().statusCode(422)
                .body("errors[0].field", equalTo("model"))
                .body("errors[0].reason", startsWith("pre-orders of the Nordvik Tundra open at "));
        removeTheLaunches();
        created.clear();
        create(launch(Duration.ofHours(-2), 1, 100)).then().statusCode(201);
        order("ada@example.org", "other-" + UUID.randomUUID(), 512).then().statusCode(422)
                .body("errors[0].field", equalTo("storageGb"))
                .body("errors[0].reason", equalTo("moss 512 GB is not part of the launch of the Nordvik Tundra"));
    }

    private static List<Integer> concurrentOrders(int buyers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(buyers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Integer>> orders = new ArrayList<>();
            for (int i = 0; i < buyers; i++) {
                String email = "buyer-" + i + "-" + UUID.randomUUID() + "@example.org";
                orders.add(() -> {
                    start.await();
                    return order(email, "launch-" + UUID.randomUUID(), 256).statusCode();
                });
            }
            List<Future<Integer>> answers = new ArrayList<>();
            orders.forEach(o -> answers.add(pool.submit(o)));
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}

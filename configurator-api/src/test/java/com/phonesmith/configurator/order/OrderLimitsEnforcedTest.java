package com.phonesmith.configurator.order;

import static com.phonesmith.configurator.order.Orders.freshAddress;
import static com.phonesmith.configurator.order.Orders.freshKey;
import static com.phonesmith.configurator.order.Orders.validBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.phonesmith.configurator.RealInfrastructure;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.platform.security.Claims;
import com.phonesmith.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The per-account and per-address order limits, with small limits. The test clock stands still, so every order
 * of this class falls in one window, which therefore lasts the whole hour in Retry-After.
 */
@QuarkusTest
@TestProfile(OrderLimitsEnforcedTest.SmallLimits.class)
class OrderLimitsEnforcedTest extends RealInfrastructure {
    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("phonesmith.orders.limits.per-account", "2",
                    "phonesmith.orders.limits.per-address", "3",
                    "phonesmith.orders.limits.window", "1h");
        }
    }

    private final TestTokens tokens = TestTokens.get();

    @Test
    void anAccountPastItsLimitIsRefusedWith429AndToldWhenToTryAgain() {
        String account = "shopper-" + UUID.randomUUID();
        String address = freshAddress();
        String firstKey = freshKey();
        place(shopper(account, address), firstKey).then().statusCode(201);
        place(shopper(account, address), freshKey()).then().statusCode(201);
        Orders.Counts before = Orders.Counts.now();

        Response refused = place(shopper(account, address), freshKey());

        refused.then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", "3600")
                .body("detail", containsString("this account has placed 2 orders within 60 minutes"));
        assertThat(Orders.Counts.now()).isEqualTo(before);
        // a retry of an order already placed is not a new order: it is answered as before
        place(shopper(account, address), firstKey).then().statusCode(200);
    }

    @Test
    void anAddressPastItsLimitIsRefusedWhateverTheAccount() {
        String address = freshAddress();
        for (int i = 0; i < 3; i++) {
            place(shopper("shopper-" + UUID.randomUUID(), address), freshKey()).then().statusCode(201);
        }

        place(shopper("shopper-" + UUID.randomUUID(), address), freshKey())
                .then().statusCode(429).body("detail", containsString("from this address"));
        place(guestThroughWeb(address), freshKey()).then().statusCode(429);
        place(shopper("shopper-" + UUID.randomUUID(), freshAddress()), freshKey()).then().statusCode(201);
    }

    @Test
    void concurrentOrdersFromOneAddressNeverPassTheLimitTogether() throws Exception {
        String address = freshAddress();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> place(guestThroughWeb(address), freshKey()).statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == 429).hasSize(5);
    }

    @Test
    void aRefusedOrderIsExplainedInTheProblemBody() {
        String address = freshAddress();
        for (int i = 0; i < 3; i++) {
            place(guestThroughWeb(address), freshKey()).then().statusCode(201);
        }
        place(guestThroughWeb(address), freshKey()).then().statusCode(429)
                .body("status", equalTo(429)).body("title", equalTo("Too many requests"))
                .body("detail", containsString("try again in 60 minutes"));
    }

    /** A token as web signs it for a signed-in shopper: it names the browser's address. */
    private String shopper(String account, String address) {
        return tokens.token().subject(account).roles(Roles.SHOPPER).claim(Claims.CLIENT_IP, address).sign();
    }

    /** A token as web signs it to order for a guest. */
    private String guestThroughWeb(String address) {
        return tokens.token().subject("web").roles(Roles.SERVICE).claim(Claims.CLIENT_IP, address).sign();
    }

    private static Response place(String token, String key) {
        return Orders.postAs(token, key, validBody());
    }
}

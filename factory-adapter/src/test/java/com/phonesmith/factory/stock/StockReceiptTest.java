package com.phonesmith.factory.stock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.phonesmith.contracts.devices.ImeiDigits;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.factory.support.RealInfrastructure;
import com.phonesmith.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Operators take deliveries of handsets into stock by IMEI; a wrong or known IMEI refuses the whole receipt. */
@QuarkusTest
class StockReceiptTest extends RealInfrastructure {
    private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    /** A fresh valid IMEI (reporting body 35 for tests). */
    static String freshImei() {
        String body = "35" + String.format("%012d", NEXT.incrementAndGet());
        return body + ImeiDigits.checkDigit(body);
    }

    private static RequestSpecification operator() {
        return given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR)).contentType("application/json");
    }

    private static Map<String, Object> receipt(String variantModel, List<String> imeis) {
        List<Map<String, String>> handsets = new ArrayList<>();
        for (String imei : imeis) {
            handsets.add(Map.of("imei", imei, "serial", "SN" + imei.substring(7)));
        }
        return Map.of("model", variantModel, "colour", "teal", "storageGb", 128, "handsets", handsets);
    }

    @Test
    void receivedHandsetsAreInStockWithoutAStationAndCountTowardsThePromise() {
        String first = freshImei();
        String second = freshImei();
        given().get("/api/promise?model=receipt-phone&colour=teal&storageGb=128").then()
                .body("promisable", equalTo(false));
        operator().body(receipt("receipt-phone", List.of(first, second))).post("/api/handsets/receipts")
                .then().statusCode(201)
                .body("received", equalTo(2))
                .body("imeis", equalTo(List.of(first, second)));
        operator().get("/api/handsets/" + first).then().statusCode(200)
                .body("status", equalTo("AVAILABLE"))
                .body("model", equalTo("receipt-phone"))
                .body("stationHost", nullValue());
        given().get("/api/promise?model=receipt-phone&colour=teal&storageGb=128").then()
                .body("promisable", equalTo(true));
    }

    @Test
    void aWrongCheckDigitOrAnImeiListedTwiceIsNamedAndNothingIsTakenIn() {
        String good = freshImei();
        String mistyped = good.substring(0, 14) + ((good.charAt(14) - '0' + 1) % 10);
        operator().body(receipt("receipt-phone", List.of(good, mistyped, good))).post("/api/handsets/receipts")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("handsets[1].imei", "handsets[2].imei")))
                .body("errors[1].reason", equalTo("IMEI " + good + " is listed twice (also handsets[0])"));
        operator().get("/api/handsets/" + good).then().statusCode(404);
    }

    @Test
    void anImeiAlreadyInStockRefusesTheWholeReceipt() {
        String known = freshImei();
        operator().body(receipt("receipt-phone", List.of(known))).post("/api/handsets/receipts").then().statusCode(201);
        String fresh = freshImei();
        operator().body(receipt("receipt-phone", List.of(fresh, known))).post("/api/handsets/receipts")
                .then().statusCode(409)
                .body("errors[0].field", equalTo("handsets[1].imei"))
                .body("errors[0].reason", equalTo("IMEI " + known
                        + " is in stock already; nothing of this receipt was taken in"));
        operator().get("/api/handsets/" + fresh).then().statusCode(404);
    }

    @Test
    void theSameDeliveryReceivedTwiceAtOnceIsTakenInOnce() throws Exception {
        Map<String, Object> receipt = receipt("receipt-phone", List.of(freshImei(), freshImei(), freshImei()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Integer> post = () -> operator().body(receipt).post("/api/handsets/receipts").statusCode();
                answers.add(pool.submit(post));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReceiptWithoutVariantOrHandsetsIsAProblemNamingEachField() {
        operator().body(Map.of("handsets", List.of())).post("/api/handsets/receipts").then().statusCode(422)
                .body("errors.field", hasItem("model"))
                .body("errors.field", hasItem("colour"))
                .body("errors.field", hasItem("storageGb"))
                .body("errors.field", hasItem("handsets"));
    }

    @Test
    void onlyOperatorsAndAdminsReceiveStock() {
        given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT)).contentType("application/json")
                .body(receipt("receipt-phone", List.of(freshImei()))).post("/api/handsets/receipts")
                .then().statusCode(403);
    }
}

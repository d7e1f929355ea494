package com.phonesmith.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.phonesmith.devstack.Stack;
import com.phonesmith.devstack.StackConfig;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole system as devstack runs it (real PostgreSQL, Kafka, handsets and the five services from their
 * built jars): one order goes from the REST call to shipped, survives a restart, and is not duplicated by
 * a retried POST.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrderJourneyTest {
    private static final Path ROOT = Path.of(System.getProperty("phonesmith.root", "..")).toAbsolutePath().normalize();
    private static final Path KEPT_LOGS = ROOT.resolve("e2e/target/e2e-logs");
    private static final String KEY = "e2e-" + UUID.randomUUID();
    private static final Map<String, Object> ORDER = Map.of(
            "model", "lumo-pro", "colour", "sand", "storageGb", 256,
            "features", List.of("microg", "privacy-dns"), "apps", List.of("firefox", "signal", "navigator-pro"),
            "customerEmail", "ada@example.com");

    private static Path dataDir;
    private static StackConfig config;
    private static Stack stack;
    private static String orderId;

    @BeforeAll
    static void startTheSystem() throws Exception {
        dataDir = Files.createTempDirectory("phonesmith-e2e-");
        config = StackConfig.onFreePorts(ROOT, dataDir, 1, "1s");
        stack = Stack.start(config, line -> System.out.println("[e2e] " + line));
    }

    @AfterAll
    static void stopTheSystem() throws Exception {
        if (stack != null) {
            stack.close();
        }
        keepTheServiceLogs();
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    @Order(1)
    void anOrderPlacedOverRestIsBuiltFlashedAndShipped() {
        Response placed = placeOrder();
        placed.then().statusCode(201);
        orderId = placed.jsonPath().getString("id");
        assertThat(orderId).isNotBlank();

        try {
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    given().get(stack.url("order-workflow") + "/api/orders/" + orderId + "/timeline")
                            .then().statusCode(200).body("status", equalTo("SHIPPED")));
        } catch (ConditionTimeoutException notShipped) {
            throw new AssertionError("order " + orderId + " did not ship. Timeline: "
                    + given().get(stack.url("order-workflow") + "/api/orders/" + orderId + "/timeline").asString()
                    + "\nWork order: " + given().get(stack.url("factory-adapter") + "/api/work-orders/" + orderId).asString()
                    + "\nService logs are kept in " + KEPT_LOGS, notShipped);
        }

        List<String> types = timelineTypes();
        assertThat(types).contains("OrderPlaced", "ImageReady", "HandsetReserved", "Flashed", "QaPassed", "Packed", "Shipped");
        Map<String, Object> workOrder = given().get(stack.url("factory-adapter") + "/api/work-orders/" + orderId)
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(workOrder.get("status")).isEqualTo("SHIPPED");
        assertThat(workOrder.get("imei")).asString().hasSize(15);
    }

    @Test
    @Order(2)
    void retryingThePostWithTheSameKeyGivesTheSameOrderAndNoSecondFlash() {
        Response retried = placeOrder();

        retried.then().statusCode(200).body("id", equalTo(orderId));
        await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(timelineTypes().stream().filter("OrderPlaced"::equals)).hasSize(1);
            assertThat(timelineTypes().stream().filter("Flashed"::equals)).hasSize(1);
            assertThat(shippedHandsets()).isEqualTo(1);
        });
    }

    @Test
    @Order(3)
    void theShopShowsTheShippedOrder() {
        String page = given().get(stack.url("web") + "/orders/" + orderId).then().statusCode(200).extract().asString();

        assertThat(page).contains(orderId).containsIgnoringCase("shipped");
    }

    @Test
    @Order(4)
    void theOrderIsStillThereAfterTheSystemRestarts() throws Exception {
        stack.close();
        stack = Stack.start(config, line -> System.out.println("[e2e restart] " + line));

        given().get(stack.url("configurator-api") + "/api/orders/" + orderId)
                .then().statusCode(200).body("id", equalTo(orderId)).body("model", equalTo("lumo-pro"));
        given().get(stack.url("order-workflow") + "/api/orders/" + orderId + "/timeline")
                .then().statusCode(200).body("status", equalTo("SHIPPED"));
        placeOrder().then().statusCode(200).body("id", equalTo(orderId));
    }

    /** The data folder goes, the services' logs stay, for reading after a failure. */
    private static void keepTheServiceLogs() throws IOException {
        Path logs = dataDir.resolve("logs");
        if (!Files.isDirectory(logs)) {
            return;
        }
        Files.createDirectories(KEPT_LOGS);
        try (var files = Files.list(logs)) {
            for (Path log : (Iterable<Path>) files::iterator) {
                Files.copy(log, KEPT_LOGS.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Response placeOrder() {
        return given().contentType("application/json").header("Idempotency-Key", KEY).body(ORDER)
                .post(stack.url("configurator-api") + "/api/orders");
    }

    private static List<String> timelineTypes() {
        return given().get(stack.url("order-workflow") + "/api/orders/" + orderId + "/timeline")
                .then().statusCode(200).extract().jsonPath().getList("entries.type", String.class);
    }

    private static int shippedHandsets() {
        return given().queryParam("status", "SHIPPED").get(stack.url("factory-adapter") + "/api/handsets")
                .then().statusCode(200).extract().jsonPath().getList("items").size();
    }
}

package com.phonesmith.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.phonesmith.devstack.Stack;
import com.phonesmith.devstack.StackConfig;
import com.phonesmith.devstack.testing.RoleMatrix;
import com.phonesmith.devstack.testing.TestTokens;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
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
 * The whole system as devstack runs it (real PostgreSQL, Kafka, handsets and the six services from their
 * built jars): a guest's order goes from the REST call to shipped, followed with its tracking token, survives a
 * restart, and is not duplicated by a retried POST; a launch partner's phone goes the same way and earns its maker;
 * a guest cancels another order before it is flashed and gets the handset and the hold released; a shopper configures
 * and orders a phone in Chromium; every service refuses what its roles do not allow, with the tokens web issues.
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

    private static final List<String> ROLES = List.of("shopper", "operator", "support", "partner", "admin", "service");

    private static Path dataDir;
    private static StackConfig config;
    private static Stack stack;
    private static StackCredentials credentials;
    private static String orderId;
    private static String trackingToken;

    @BeforeAll
    static void startTheSystem() throws Exception {
        dataDir = Files.createTempDirectory("phonesmith-e2e-");
        config = StackConfig.onFreePorts(ROOT, dataDir, 1, "1s");
        stack = Stack.start(config, line -> System.out.println("[e2e] " + line));
        credentials = new StackCredentials(stack, dataDir);
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
    void aGuestsOrderPlacedOverRestIsBuiltFlashedAndShippedAndFollowedWithItsTrackingToken() {
        Response placed = placeOrder();
        placed.then().statusCode(201);
        orderId = placed.jsonPath().getString("id");
        trackingToken = placed.jsonPath().getString("trackingToken");
        assertThat(orderId).isNotBlank();
        // the factory promised a date from its stock and calendar, within seven days, and the order keeps it
        LocalDate ship = LocalDate.parse(placed.jsonPath().getString("promisedShipDate"));
        LocalDate delivery = LocalDate.parse(placed.jsonPath().getString("promisedDeliveryDate"));
        assertThat(delivery).isAfter(ship).isBeforeOrEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(8));
        assertThat(trackingToken).hasSize(43);

        try {
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    tracked().get(stack.url("order-workflow") + "/api/orders/" + orderId + "/timeline")
                            .then().statusCode(200).body("status", equalTo("DELIVERED")));
        } catch (ConditionTimeoutException notShipped) {
            throw new AssertionError("order " + orderId + " was not delivered. Timeline: "
                    + tracked().get(stack.url("order-workflow") + "/api/orders/" + orderId + "/timeline").asString()
                    + "\nWork order: " + asOperator().get(stack.url("factory-adapter") + "/api/work-orders/" + orderId)
                            .asString()
                    + "\nService logs are kept in " + KEPT_LOGS, notShipped);
        }

        List<String> types = timelineTypes();
        assertThat(types).contains("OrderPlaced", "ImageReady", "HandsetReserved", "Flashed", "QaPassed", "Packed", "Shipped",
                "Delivered");
        // the money was taken once the phone had shipped
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                tracked().get(stack.url("configurator-api") + "/api/orders/" + orderId)
                        .then().statusCode(200).body("payment.status", equalTo("CAPTURED")));
        assertThat(timelineTypes()).contains("PaymentCaptured");
        Map<String, Object> workOrder = asOperator().get(stack.url("factory-adapter") + "/api/work-orders/" + orderId)
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(workOrder.get("status")).isEqualTo("SHIPPED");
        assertThat(workOrder.get("imei")).asString().hasSize(15);

        // the factory provisioned the handset for activation; delivered to its customer, it activates
        String imei = (String) workOrder.get("imei");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().auth().oauth2(credentials.tokenFor("support")).get(stack.url("activations") + "/api/devices/" + imei)
                        .then().statusCode(200).body("orderId", equalTo(orderId)).body("maker", equalTo("lumo"))
                        .body("inUse", equalTo(true)));

        // it checks in, and its maker's statement of this month counts it (provisional until the month is closed)
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Map<String, Object> device = given().auth().oauth2(credentials.tokenFor("support"))
                    .get(stack.url("activations") + "/api/devices/" + imei).then().statusCode(200).extract()
                    .jsonPath().getMap("");
            assertThat(Instant.parse((String) device.get("lastSeenAt")))
                    .isAfter(Instant.parse((String) device.get("activatedAt")));
        });
        String lumoPartner = credentials.tokenOf("partner-lumo");
        given().auth().oauth2(lumoPartner).get(stack.url("activations") + "/api/makers/lumo/statements/current")
                .then().statusCode(200).body("month", equalTo(YearMonth.now(ZoneOffset.UTC).toString()))
                .body("devicesInUse", greaterThanOrEqualTo(1)).body("rateMinor", equalTo(100))
                .body("currency", equalTo("CNY"));
        given().auth().oauth2(lumoPartner).get(stack.url("activations") + "/api/makers/lumo/activations")
                .then().statusCode(200).body("models.activated.sum()", greaterThanOrEqualTo(1));
        given().auth().oauth2(lumoPartner).get(stack.url("activations") + "/api/devices/" + imei)
                .then().statusCode(200);
        given().auth().oauth2(credentials.tokenFor("partner")).get(stack.url("activations") + "/api/devices/" + imei)
                .then().statusCode(404);
        String partnerPage = given().cookies(credentials.webSession("partner-lumo")).get(stack.url("web") + "/partner")
                .then().statusCode(200).extract().asString();
        assertThat(partnerPage).contains("so far", "CNY 1.00").contains((String) workOrder.get("model"));
    }

    @Test
    @Order(2)
    void retryingThePostWithTheSameKeyGivesTheSameOrderAndNoSecondFlash() {
        Response retried = placeOrder();

        retried.then().statusCode(200).body("id", equalTo(orderId)).body("trackingToken", equalTo(trackingToken));
        await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(timelineTypes().stream().filter("OrderPlaced"::equals)).hasSize(1);
            assertThat(timelineTypes().stream().filter("Flashed"::equals)).hasSize(1);
            assertThat(shippedHandsets()).isEqualTo(1);
        });
    }

    /** After the retry test, which counts the handsets shipped. */
    @Test
    @Order(5)
    void aLaunchPartnersPhoneIsBuiltFlashedShippedAndActivatesEarningItsMakerItsRate() {
        Response placed = given().header("Idempotency-Key", "e2e-partner-" + UUID.randomUUID())
                .contentType("application/json")
                .body(Map.of("model", "meridian-go", "colour", "graphite", "storageGb", 32,
                        "features", List.of("privacy-dns"), "apps", List.of("signal"),
                        "customerEmail", "grace@example.com"))
                .post(stack.url("configurator-api") + "/api/orders");
        placed.then().statusCode(201).body("maker", equalTo("meridian")).body("promisedShipDate", notNullValue());
        String id = placed.jsonPath().getString("id");
        String token = placed.jsonPath().getString("trackingToken");

        try {
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    given().header("Order-Token", token).get(stack.url("order-workflow") + "/api/orders/" + id
                            + "/timeline").then().statusCode(200).body("status", equalTo("DELIVERED")));
        } catch (ConditionTimeoutException notDelivered) {
            throw new AssertionError("the Meridian Go order " + id + " was not delivered. Timeline: "
                    + given().header("Order-Token", token).get(stack.url("order-workflow") + "/api/orders/" + id
                            + "/timeline").asString()
                    + "\nWork order: " + asOperator().get(stack.url("factory-adapter") + "/api/work-orders/" + id)
                            .asString()
                    + "\nService logs are kept in " + KEPT_LOGS, notDelivered);
        }
        Map<String, Object> workOrder = asOperator().get(stack.url("factory-adapter") + "/api/work-orders/" + id)
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(workOrder).containsEntry("model", "meridian-go").containsEntry("status", "SHIPPED");
        String imei = (String) workOrder.get("imei");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().auth().oauth2(credentials.tokenFor("support")).get(stack.url("activations") + "/api/devices/"
                        + imei).then().statusCode(200).body("maker", equalTo("meridian"))
                        .body("model", equalTo("meridian-go")).body("inUse", equalTo(true)));
        given().auth().oauth2(credentials.tokenOf("partner-meridian"))
                .get(stack.url("activations") + "/api/makers/meridian/statements/current").then().statusCode(200)
                .body("devicesInUse", greaterThanOrEqualTo(1)).body("rateMinor", equalTo(100))
                .body("currency", equalTo("CNY"));
    }

    @Test
    @Order(3)
    void aShopperConfiguresAPhoneMeetsAConflictAppliesTheFixSharesItPaysAndLandsOnTracking() {
        List<String> consoleErrors = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (ShopperBrowser browser = ShopperBrowser.open()) {
            Page page = browser.phone(consoleErrors);
            page.navigate(stack.url("web") + "/");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Configure the Lumo One")).click();
            PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Configure your Lumo One");
            ShopperBrowser.screenshot(page, "configurator-1-start");

            page.locator("#storage-64").click();
            PlaywrightAssertions.assertThat(page.locator("#storage-64")).hasAttribute("aria-current", "true");
            for (String app : List.of("Games Pack", "Offline video library", "Photo editor", "Office suite",
                    "Organic Maps")) {
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add " + app).setExact(true)).click();
                PlaywrightAssertions.assertThat(page.getByRole(AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Remove " + app).setExact(true))).isVisible();
            }
            Locator maps = page.locator("#option-osmand");
            PlaywrightAssertions.assertThat(maps).containsText("Not available");
            PlaywrightAssertions.assertThat(maps.locator(".why")).containsText(
                    "OsmAnd needs 8 GB free; with 64 GB storage and the apps you chose");
            ShopperBrowser.screenshot(page, "configurator-2-conflict");
            ShopperBrowser.assertAccessible(page);

            maps.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Choose 128 GB")).click();
            PlaywrightAssertions.assertThat(page.locator("#storage-128")).hasAttribute("aria-current", "true");
            PlaywrightAssertions.assertThat(maps).containsText("Chosen");
            PlaywrightAssertions.assertThat(page.locator("#total")).containsText("€");
            assertThat(page.url()).contains("storage=128").contains("chosen=osmand");
            ShopperBrowser.screenshot(page, "configurator-3-fixed");
            ShopperBrowser.assertAccessible(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and share")).click();
            PlaywrightAssertions.assertThat(page.locator("#shared-heading")).hasText("Saved. Share this link");
            String link = page.getByLabel("Link to this configuration").inputValue();
            assertThat(link).matches(".*/c/[0-9a-z]{8}");
            page.navigate(link);
            PlaywrightAssertions.assertThat(page.locator("#shared-heading")).hasText("A shared configuration");
            PlaywrightAssertions.assertThat(page.locator("#storage-128")).hasAttribute("aria-current", "true");
            PlaywrightAssertions.assertThat(maps).containsText("Chosen");
            ShopperBrowser.screenshot(page, "configurator-3b-shared");
            ShopperBrowser.assertAccessible(page);

            page.getByLabel("E-mail for the order confirmation").fill("grace@example.com");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Order this phone")).click();
            PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING,
                    new Page.GetByRoleOptions().setName("Check your order"))).isVisible();
            PlaywrightAssertions.assertThat(page.locator("#quote-valid-until")).isVisible();
            PlaywrightAssertions.assertThat(page.locator("#price-notice")).hasCount(0);
            PlaywrightAssertions.assertThat(page.locator("#delivery")).containsText("Delivered by");
            String total = page.locator("#total").innerText();
            ShopperBrowser.screenshot(page, "configurator-4-review");
            ShopperBrowser.assertAccessible(page);
            page.getByLabel("Test card that is declined").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place the order for " + total)).click();
            PlaywrightAssertions.assertThat(page.locator("#payment-error"))
                    .hasText("the card was declined: insufficient funds");
            // the page answering the declined payment is a 422, which the browser reports; nothing else may be
            assertThat(consoleErrors).singleElement().asString().contains("status of 422", "/order");
            consoleErrors.clear();
            ShopperBrowser.assertAccessible(page);
            page.getByLabel("Test card (is authorised)").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place the order for " + total)).click();
            PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING,
                    new Page.GetByRoleOptions().setName("Thank you: your order is placed"))).isVisible();
            PlaywrightAssertions.assertThat(page.locator(".configuration")).containsText("Lumo One");
            ShopperBrowser.screenshot(page, "configurator-5-tracking");
            ShopperBrowser.assertAccessible(page);
            // pushed by order-workflow through web while the page stays as it was loaded
            PlaywrightAssertions.assertThat(page.locator("#timeline")).containsText("ImageReady",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(180_000));

            String tracked = page.url();
            String id = tracked.replaceAll(".*/orders/([^?]+)\\?.*", "$1");
            String token = tracked.replaceAll(".*[?&]token=([^&]+).*", "$1");
            Map<String, Object> order = given().header("Order-Token", token)
                    .get(stack.url("configurator-api") + "/api/orders/" + id).then().statusCode(200).extract()
                    .jsonPath().getMap("");
            assertThat(order).containsEntry("model", "lumo-one").containsEntry("storageGb", 128);
            assertThat(String.format(java.util.Locale.ENGLISH, "€%,.2f",
                    ((Number) order.get("priceMinor")).longValue() / 100.0)).as("the price quoted").isEqualTo(total);
            assertThat(order.get("apps")).asString().contains("osmand", "games-pack", "offline-video", "phone");
        }
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    @Order(3)
    void theShopShowsTheShippedOrderToItsTrackingLinkAndNobodyElse() {
        String page = given().get(stack.url("web") + "/orders/" + orderId + "?token=" + trackingToken)
                .then().statusCode(200).extract().asString();
        assertThat(page).contains(orderId).containsIgnoringCase("shipped").contains("a***@example.com");

        given().redirects().follow(false).get(stack.url("web") + "/orders/" + orderId).then().statusCode(303);
        given().get(stack.url("configurator-api") + "/api/orders/" + orderId).then().statusCode(401);
        given().auth().oauth2(credentials.tokenFor("shopper")).get(stack.url("configurator-api") + "/api/orders/" + orderId)
                .then().statusCode(404);
        given().get(stack.url("factory-adapter") + "/api/work-orders/" + orderId).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    @Order(4)
    void everyServiceOfTheRunningSystemRefusesWhatItsRolesDoNotAllowWithTokensFromWeb() {
        Map<String, String> tokens = new java.util.HashMap<>();
        for (String role : ROLES) {
            tokens.put(role, credentials.tokenFor(role));
        }
        Map<String, List<String>> publicOperations = Map.of(
                "configurator-api", List.of("GET /api/catalog", "POST /api/configurations/evaluate", "POST /api/orders",
                        "GET /api/orders/{id}", "POST /api/configurations", "GET /api/configurations/{code}",
                        "POST /api/quotes", "GET /api/launches/{code}", "GET /api/promise"),
                "order-workflow", List.of("GET /api/orders/{id}/timeline", "GET /api/orders/{id}/timeline/stream",
                        "POST /api/orders/{orderId}/cancel"),
                "factory-adapter", List.of("GET /api/promise"),
                "os-image-builder", List.of("GET /api/signing/trusted-keys"),
                "activations", List.of("POST /api/devices/{imei}/activation", "POST /api/devices/{imei}/check-ins"));
        publicOperations.forEach((service, open) -> RoleMatrix.fromOpenApi(java.net.URI.create(stack.url(service)))
                .publicOperations(open.toArray(String[]::new))
                .sample("maker", "nordvik")
                .credentials(role -> Map.of("Authorization", "Bearer " + tokens.get(role)),
                        Map.of("token of another issuer's key", Map.of("Authorization", "Bearer "
                                + TestTokens.get().forRole("support")), "malformed token",
                                Map.of("Authorization", "Bearer x.y.z")))
                .assertEnforced(ROLES));
    }

    @Test
    @Order(5)
    void noSecretReachesTheServicesLogs() throws IOException {
        List<String> secrets = new java.util.ArrayList<>(List.of(trackingToken));
        for (String username : List.of("shopper", "operator", "support", "admin", "partner-nordvik")) {
            secrets.add(credentials.password(username));
        }
        try (var secretFiles = Files.list(dataDir.resolve("secrets"))) {
            for (Path file : (Iterable<Path>) secretFiles::iterator) {
                secrets.add(Files.readString(file).trim());
            }
        }
        try (var logs = Files.list(dataDir.resolve("logs"))) {
            for (Path log : (Iterable<Path>) logs::iterator) {
                String text = Files.readString(log);
                for (String secret : secrets) {
                    assertThat(text).as("%s holds a secret", log.getFileName()).doesNotContain(secret);
                }
            }
        }
    }

    @Test
    @Order(5)
    void productionJarsServeNoSwaggerUi() {
        for (String service : List.of("web", "configurator-api", "order-workflow", "factory-adapter", "os-image-builder",
                "activations")) {
            given().get(stack.url(service) + "/q/swagger-ui/").then().statusCode(404);
        }
    }

    @Test
    @Order(5)
    void aGuestCancelsBeforeFlashingStartsAndTheHandsetAndTheHoldAreReleased() {
        String factory = stack.url("factory-adapter");
        asOperator().contentType("application/json").body(Map.of("reason", "e2e: flashing held for a cancellation"))
                .post(factory + "/api/floor/stations/FLASHING/block").then().statusCode(200);
        try {
            // another colour than the journey's order: the rack holds one handset of each variant
            Map<String, Object> inkOrder = new java.util.HashMap<>(ORDER);
            inkOrder.put("colour", "ink");
            Response placed = given().contentType("application/json").header("Idempotency-Key", "e2e-" + UUID.randomUUID())
                    .body(inkOrder).post(stack.url("configurator-api") + "/api/orders");
            placed.then().statusCode(201);
            String cancelledId = placed.jsonPath().getString("id");
            String token = placed.jsonPath().getString("trackingToken");
            String timeline = stack.url("order-workflow") + "/api/orders/" + cancelledId + "/timeline";
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    given().header("Order-Token", token).get(timeline)
                            .then().statusCode(200).body("status", equalTo("FLASHING")).body("mayCancel", equalTo(true)));

            given().header("Order-Token", token).contentType("application/json").body(Map.of("reason", "changed my mind"))
                    .post(stack.url("order-workflow") + "/api/orders/" + cancelledId + "/cancel")
                    .then().statusCode(200).body("status", equalTo("CANCELLED"));

            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                given().header("Order-Token", token).get(stack.url("configurator-api") + "/api/orders/" + cancelledId)
                        .then().statusCode(200).body("status", equalTo("CANCELLED"))
                        .body("payment.status", equalTo("VOIDED"));
                assertThat(given().header("Order-Token", token).get(timeline).then().statusCode(200).extract()
                        .jsonPath().getList("entries.type", String.class))
                        .contains("Cancelled", "BuildCancelled", "PaymentReleased");
            });
            Map<String, Object> workOrder = asOperator().get(factory + "/api/work-orders/" + cancelledId)
                    .then().statusCode(200).extract().jsonPath().getMap("");
            assertThat(workOrder.get("status")).isEqualTo("CANCELLED");
            asOperator().get(factory + "/api/handsets/" + workOrder.get("imei"))
                    .then().statusCode(200).body("status", equalTo("AVAILABLE")).body("orderId", equalTo(null));
        } finally {
            asOperator().post(factory + "/api/floor/stations/FLASHING/unblock").then().statusCode(200);
        }
    }

    /** After the orders of Lumo (the first test) and Meridian (a launch partner's) have activated. */
    @Test
    @Order(6)
    void eachMakersPartnerSeesItsOwnActivatedPhonesInTheBrowserAndNoneOfAnotherMakers() {
        List<String> consoleErrors = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (ShopperBrowser browser = ShopperBrowser.open()) {
            Page lumo = signedIn(browser.phone(consoleErrors), "partner-lumo");
            PlaywrightAssertions.assertThat(lumo.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText("your phones");
            PlaywrightAssertions.assertThat(lumo.locator("#models")).containsText("lumo-pro");
            PlaywrightAssertions.assertThat(lumo.locator("#models")).not().containsText("meridian");
            PlaywrightAssertions.assertThat(lumo.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                    .setName("Devices activated per week (ISO weeks, UTC)"))).isVisible();
            PlaywrightAssertions.assertThat(lumo.locator("#month-so-far"))
                    .containsText(YearMonth.now(ZoneOffset.UTC) + " so far");
            PlaywrightAssertions.assertThat(lumo.locator("#month-so-far")).containsText("CNY");
            ShopperBrowser.screenshot(lumo, "partner-lumo");
            ShopperBrowser.assertAccessible(lumo);

            Page meridian = signedIn(browser.phone(consoleErrors), "partner-meridian");
            PlaywrightAssertions.assertThat(meridian.locator("#models")).containsText("meridian-go");
            PlaywrightAssertions.assertThat(meridian.locator("#models")).not().containsText("lumo");
            PlaywrightAssertions.assertThat(meridian.locator("#month-so-far")).containsText("CNY 1.00");
            ShopperBrowser.screenshot(meridian, "partner-meridian");
            meridian.navigate(stack.url("web") + "/admin/activations");
            PlaywrightAssertions.assertThat(meridian.getByRole(AriaRole.HEADING,
                    new Page.GetByRoleOptions().setLevel(1))).hasText("Not for your account");
        }
        // the admin page refused to a partner answers 403, which the browser reports; nothing else may be
        assertThat(consoleErrors).allSatisfy(error -> assertThat(error).contains("status of 403", "/admin/activations"));
    }

    private static Page signedIn(Page page, String username) {
        page.navigate(stack.url("web") + "/login");
        page.getByLabel("Username or e-mail").fill(username);
        page.getByLabel("Password").fill(credentials.password(username));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login"));
        page.navigate(stack.url("web") + "/partner");
        return page;
    }

    @Test
    @Order(7)
    void theOrderIsStillThereAfterTheSystemRestarts() throws Exception {
        stack.close();
        stack = Stack.start(config, line -> System.out.println("[e2e restart] " + line));
        credentials = new StackCredentials(stack, dataDir);

        tracked().get(stack.url("configurator-api") + "/api/orders/" + orderId)
                .then().statusCode(200).body("id", equalTo(orderId)).body("model", equalTo("lumo-pro"));
        tracked().get(stack.url("order-workflow") + "/api/orders/" + orderId + "/timeline")
                .then().statusCode(200).body("status", equalTo("DELIVERED"));
        placeOrder().then().statusCode(200).body("id", equalTo(orderId)).body("trackingToken", equalTo(trackingToken));
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

    /** A request that follows the order with its tracking token, as a guest does. */
    private static RequestSpecification tracked() {
        return given().header("Order-Token", trackingToken);
    }

    private static RequestSpecification asOperator() {
        return given().auth().oauth2(credentials.tokenFor("operator"));
    }

    private static List<String> timelineTypes() {
        return tracked().get(stack.url("order-workflow") + "/api/orders/" + orderId + "/timeline")
                .then().statusCode(200).extract().jsonPath().getList("entries.type", String.class);
    }

    private static int shippedHandsets() {
        return asOperator().queryParam("status", "SHIPPED").get(stack.url("factory-adapter") + "/api/handsets")
                .then().statusCode(200).extract().jsonPath().getList("items").size();
    }
}

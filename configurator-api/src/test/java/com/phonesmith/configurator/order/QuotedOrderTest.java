package com.phonesmith.configurator.order;

import static com.phonesmith.configurator.order.Orders.freshKey;
import static com.phonesmith.configurator.order.Orders.post;
import static com.phonesmith.configurator.order.Orders.validBody;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static java.time.ZoneOffset.UTC;
import static org.hamcrest.Matchers.startsWith;

import com.phonesmith.configurator.RealInfrastructure;
import com.phonesmith.configurator.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Quotes hold a price for a while; an order that names its quote pays exactly that, or is refused saying why. */
@QuarkusTest
class QuotedOrderTest extends RealInfrastructure {

    private static JsonPath quote(Map<String, Object> configuration) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(configuration);
        body.remove("customerEmail");
        return given().contentType("application/json").body(body).when().post("/api/quotes")
                .then().statusCode(201).contentType("application/json").extract().jsonPath();
    }

    private static Map<String, Object> orderOf(String quoteId) {
        Map<String, Object> body = validBody();
        body.put("quoteId", quoteId);
        return body;
    }

    private static void changeQuote(String id, String column, Object value) {
        QuarkusTransaction.requiringNew().run(() -> Quote.getEntityManager()
                .createNativeQuery("update quote set " + column + " = :value where id = :id")
                .setParameter("value", value).setParameter("id", UUID.fromString(id)).executeUpdate());
    }

    @Test
    void aQuoteGivesThePriceLineByLineAndHoldsItForHalfAnHour() {
        JsonPath quote = quote(validBody());

        assertThat(quote.getString("id")).isNotBlank();
        assertThat(Instant.parse(quote.getString("validUntil")))
                .isEqualTo(Instant.parse(quote.getString("quotedAt")).plus(Duration.ofMinutes(30)));
        assertThat(quote.getList("price.lines.code")).startsWith("lumo-one").contains("desktop-mode", "navigator-pro");
        long lines = quote.getList("price.lines.amountMinor", Long.class).stream().mapToLong(Long::longValue).sum();
        assertThat(quote.getLong("price.totalMinor")).isEqualTo(lines).isPositive();
        assertThat(quote.getString("price.currency")).isEqualTo("EUR");
    }

    @Test
    void anOrderNamingItsQuoteIsChargedTheQuotedPriceAndKeepsTheQuote() {
        JsonPath quote = quote(validBody());

        String id = post(freshKey(), orderOf(quote.getString("id"))).then().statusCode(201)
                .body("priceMinor", equalTo(quote.getInt("price.totalMinor"))).extract().path("id");

        assertThat(QuarkusTransaction.requiringNew().call(() -> CustomerOrder.<CustomerOrder>findById(
                UUID.fromString(id)).quoteId)).isEqualTo(UUID.fromString(quote.getString("id")));
    }

    @Test
    void aPriceThatChangedSinceTheQuoteIsRefusedWithBothPricesAndNoOrder() {
        JsonPath quote = quote(validBody());
        long now = quote.getLong("price.totalMinor");
        changeQuote(quote.getString("id"), "price_minor", now - 1000);
        Orders.Counts before = Orders.Counts.now();

        post(freshKey(), orderOf(quote.getString("id"))).then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("quoteId"))
                .body("errors[0].reason", equalTo("the price changed from " + Quotes.money(now - 1000, "EUR") + " to "
                        + Quotes.money(now, "EUR") + " since it was quoted; ask for a new quote to accept it"));
        assertThat(Orders.Counts.now()).isEqualTo(before);
    }

    @Test
    void anExpiredQuoteIsRefusedNamingIt() {
        JsonPath quote = quote(validBody());
        changeQuote(quote.getString("id"), "quoted_at", TestClock.NOW.minus(Duration.ofMinutes(31)).atOffset(UTC));
        changeQuote(quote.getString("id"), "valid_until", TestClock.NOW.minus(Duration.ofMinutes(1)).atOffset(UTC));

        post(freshKey(), orderOf(quote.getString("id"))).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("quoteId")).body("errors[0].reason", startsWith("expired at "));
    }

    @Test
    void aRetryAfterItsQuoteExpiredIsAnsweredWithTheOrderPlacedBefore() {
        JsonPath quote = quote(validBody());
        String key = freshKey();
        Map<String, Object> body = orderOf(quote.getString("id"));
        String id = post(key, body).then().statusCode(201).extract().path("id");
        changeQuote(quote.getString("id"), "quoted_at", TestClock.NOW.minus(Duration.ofMinutes(31)).atOffset(UTC));
        changeQuote(quote.getString("id"), "valid_until", TestClock.NOW.minus(Duration.ofMinutes(1)).atOffset(UTC));
        Orders.Counts before = Orders.Counts.now();

        post(key, body).then().statusCode(200).body("id", equalTo(id));
        post(key, validBody()).then().statusCode(422).body("errors[0].field", equalTo("Idempotency-Key"));

        assertThat(Orders.Counts.now()).isEqualTo(before);
    }

    @Test
    void aQuoteOfAnotherConfigurationAnUnknownQuoteAndAMalformedIdAreRefused() {
        JsonPath quote = quote(validBody());
        Map<String, Object> bigger = orderOf(quote.getString("id"));
        bigger.put("storageGb", 64);

        post(freshKey(), bigger).then().statusCode(422).body("errors[0].field", equalTo("quoteId"))
                .body("errors[0].reason", startsWith("was given for another configuration"));
        post(freshKey(), orderOf(UUID.randomUUID().toString())).then().statusCode(422)
                .body("errors[0].field", equalTo("quoteId")).body("errors[0].reason", equalTo("is not a quote we gave"));
        post(freshKey(), orderOf("next-week")).then().statusCode(400)
                .body("errors[0].field", equalTo("quoteId"));
    }

    @Test
    void aConfigurationTheRulesRefuseGetsNoQuote() {
        Map<String, Object> body = validBody();
        body.put("features", List.of("work-profile", "kids-mode"));
        body.remove("customerEmail");

        given().contentType("application/json").body(body).when().post("/api/quotes").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", startsWith("features["));
        body.put("storageGb", "lots");
        given().contentType("application/json").body(body).when().post("/api/quotes").then().statusCode(400)
                .contentType("application/problem+json");
    }
}

package com.phonesmith.configurator.order;

import static com.phonesmith.configurator.order.Orders.freshKey;
import static com.phonesmith.configurator.order.Orders.post;
import static com.phonesmith.configurator.order.Orders.validBody;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.phonesmith.configurator.RealInfrastructure;
import com.phonesmith.configurator.payment.TestPaymentProvider;
import com.phonesmith.configurator.promise.FakeFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An order keeps the delivery promised when it was placed; a quote shows it before the shopper pays, and an order
 * naming a quote whose day can no longer be kept is refused, as for a changed price.
 */
@QuarkusTest
class PromisedOrderTest extends RealInfrastructure {
    private final FakeFactory factory = FakeFactory.forService();
    @Inject
    TestPaymentProvider provider;

    @AfterEach
    void theProviderVoidsAgain() {
        provider.refuseVoids(false);
    }

    @BeforeEach
    void theFactoryDeliversTheOrdersVariantOnFriday() {
        factory.promise("lumo-one", "coral", 128, "2026-12-02", "2026-12-04");
    }

    private static CustomerOrder stored(String id) {
        return QuarkusTransaction.requiringNew().call(() -> CustomerOrder.<CustomerOrder>findById(UUID.fromString(id)));
    }

    @Test
    void anOrderStoresAndAnswersTheDatesPromisedWhenItWasPlaced() {
        Response placed = post(freshKey(), validBody());

        String id = placed.then().statusCode(201).body("promisedShipDate", equalTo("2026-12-02"))
                .body("promisedDeliveryDate", equalTo("2026-12-04")).extract().path("id");
        assertThat(factory.lastQuery()).isEqualTo("model=lumo-one&colour=coral&storageGb=128");
        CustomerOrder order = stored(id);
        assertThat(order.promisedDeliveryDate).isEqualTo(LocalDate.parse("2026-12-04"));
        assertThat(order.promisedShipDate).isEqualTo(LocalDate.parse("2026-12-02"));
        given().header("Order-Token", placed.jsonPath().getString("trackingToken")).when().get("/api/orders/" + id)
                .then().statusCode(200).body("promisedDeliveryDate", equalTo("2026-12-04"));
    }

    @Test
    void anOrderIsTakenWithoutADateWhenTheFactoryIsDown() {
        String id;
        try (FakeFactory.Outage down = factory.outage()) {
            id = post(freshKey(), validBody()).then().statusCode(201).body("status", equalTo("PLACED"))
                    .body("promisedDeliveryDate", nullValue()).body("promisedShipDate", nullValue())
                    .extract().path("id");
        }
        assertThat(stored(id).promisedDeliveryDate).isNull();
    }

    @Test
    void anOrderIsTakenWithoutADateWhenTheFactoryCannotDeliverWithinSevenDays() {
        factory.promise("lumo-one", "coral", 128, "2026-12-08", "2026-12-10");

        post(freshKey(), validBody()).then().statusCode(201).body("promisedDeliveryDate", nullValue());
    }

    @Test
    void anOrderIsTakenWithoutADateWhenTheFactoryIsTooSlow() {
        factory.answer(200, "application/json", FakeFactory.answerJson("lumo-one", "coral", 128, true, "2026-12-02",
                "2026-12-04", null), Duration.ofSeconds(5));

        post(freshKey(), validBody()).then().statusCode(201).body("promisedDeliveryDate", nullValue());
    }

    @Test
    void aRetriedOrderAnswersTheDateItWasPlacedWithWithoutAskingAgain() {
        String key = freshKey();
        post(key, validBody()).then().statusCode(201);
        factory.promise("lumo-one", "coral", 128, "2026-12-03", "2026-12-05");
        int asked = factory.asked();

        post(key, validBody()).then().statusCode(200).body("promisedDeliveryDate", equalTo("2026-12-04"));
        assertThat(factory.asked()).isEqualTo(asked);
    }

    @Test
    void aQuoteShowsTheDeliveryThatCanBePromisedOrWhyNot() {
        Map<String, Object> configuration = new LinkedHashMap<>(validBody());
        configuration.remove("customerEmail");

        given().contentType("application/json").body(configuration).when().post("/api/quotes").then()
                .statusCode(201).body("promise.promisable", equalTo(true))
                .body("promise.shipDate", equalTo("2026-12-02")).body("promise.deliveryDate", equalTo("2026-12-04"));
        factory.promise(FakeFactory.answerJson("lumo-one", "coral", 128, false, null, null,
                "no lumo-one coral 128 GB handset in stock"));
        given().contentType("application/json").body(configuration).when().post("/api/quotes").then()
                .statusCode(201).body("promise.promisable", equalTo(false)).body("promise.deliveryDate", nullValue())
                .body("promise.reason", equalTo("no lumo-one coral 128 GB handset in stock"));
    }

    @Test
    void anOrderWhoseQuoteShowedADayTheFactoryNoLongerKeepsIsRefusedLikeAChangedPriceAndPlacedOnceRequoted() {
        String quoteId = quote().body("promise.deliveryDate", equalTo("2026-12-04")).extract().path("id");
        factory.promise("lumo-one", "coral", 128, "2026-12-03", "2026-12-05");
        String key = freshKey();

        post(key, withQuote(quoteId)).then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("quoteId"))
                .body("errors[0].reason", equalTo("the delivery promised changed from 2026-12-04 to 2026-12-05 since"
                        + " it was quoted; ask for a new quote to accept it"));

        String requoted = quote().body("promise.deliveryDate", equalTo("2026-12-05")).extract().path("id");
        String id = post(key, withQuote(requoted)).then().statusCode(201)
                .body("promisedDeliveryDate", equalTo("2026-12-05")).extract().path("id");
        assertThat(stored(id).quoteId).isEqualTo(UUID.fromString(requoted));
    }

    @Test
    void aRetryRefusedForItsQuotedDayVoidsTheHoldThatItsLostFirstAttemptLeftQueued() {
        Map<String, Object> body = withQuote(quote().extract().path("id"));
        body.put("paymentMethod", TestPaymentProvider.TIMEOUT_CARD);
        String key = freshKey();
        String paymentKey = OrderService.paymentKeyOf(new IdempotencyKey(key),
                OrderFingerprint.of(Orders.requestOf(body), Optional.empty()));
        provider.refuseVoids(true);
        post(key, body).then().statusCode(503);
        provider.refuseVoids(false);
        assertThat(provider.statusOf(paymentKey)).as("held, its void queued").isEqualTo("AUTHORISED");
        factory.promise("lumo-one", "coral", 128, "2026-12-03", "2026-12-05");

        post(key, body).then().statusCode(409).body("errors[0].field", equalTo("quoteId"));

        assertThat(provider.statusOf(paymentKey)).isEqualTo("VOIDED");
    }

    @Test
    void anOrderWhoseQuotedDayCanNoLongerBePromisedAtAllIsRefusedButASoonerDayIsTaken() {
        String quoteId = quote().extract().path("id");
        factory.promise(FakeFactory.answerJson("lumo-one", "coral", 128, false, null, null,
                "no lumo-one coral 128 GB handset in stock"));

        post(freshKey(), withQuote(quoteId)).then().statusCode(409).body("errors[0].reason",
                equalTo("the delivery promised changed from 2026-12-04 to no date we can promise since it was"
                        + " quoted; ask for a new quote to accept it"));

        factory.promise("lumo-one", "coral", 128, "2026-12-02", "2026-12-03");
        post(freshKey(), withQuote(quoteId)).then().statusCode(201).body("promisedDeliveryDate",
                equalTo("2026-12-03"));
    }

    @Test
    void anOrderWhoseQuoteShowedNoDateIsTakenWhateverTheFactoryPromisesNow() {
        factory.promise(FakeFactory.answerJson("lumo-one", "coral", 128, false, null, null, "fully booked"));
        String quoteId = quote().body("promise.promisable", equalTo(false)).extract().path("id");
        factory.promise("lumo-one", "coral", 128, "2026-12-03", "2026-12-05");

        post(freshKey(), withQuote(quoteId)).then().statusCode(201).body("promisedDeliveryDate",
                equalTo("2026-12-05"));
    }

    private static io.restassured.response.ValidatableResponse quote() {
        Map<String, Object> configuration = new LinkedHashMap<>(validBody());
        configuration.remove("customerEmail");
        return given().contentType("application/json").body(configuration).when().post("/api/quotes").then()
                .statusCode(201);
    }

    private static Map<String, Object> withQuote(String quoteId) {
        Map<String, Object> body = new LinkedHashMap<>(validBody());
        body.put("quoteId", quoteId);
        return body;
    }
}

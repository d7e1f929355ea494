package com.phonesmith.activations.statement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import com.phonesmith.activations.RealInfrastructure;
import com.phonesmith.activations.TestDevices;
import com.phonesmith.devstack.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Closing months over devices whose spans of use sit on the edges of the month rule: one immutable statement per
 * maker, the same on a second close, corrections in the next statement, and each maker's partners see only theirs.
 * The only test class that closes months (2025's), so other classes' devices (2026) never fall in them.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonthCloseTest extends RealInfrastructure {
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    static final String ACME = "acme-" + SUFFIX;
    static final String BOLT = "bolt-" + SUFFIX;

    @Inject
    EntityManager entities;

    @Test
    @Order(1)
    void contractsAndDevicesOnTheEdgesOfJanuary() {
        admin().contentType("application/json").body(Map.of("rateMinor", 100, "currency", "CNY"))
                .put("/api/makers/" + ACME + "/contracts/2025-01-01").then().statusCode(200);
        admin().contentType("application/json").body(Map.of("rateMinor", 250, "currency", "CNY"))
                .put("/api/makers/" + BOLT + "/contracts/2025-01-01").then().statusCode(200);
        admin().contentType("application/json").body(Map.of("rateMinor", 300, "currency", "CNY"))
                .put("/api/makers/" + BOLT + "/contracts/2025-03-01").then().statusCode(200);
        admin().contentType("application/json").body(Map.of("rateMinor", 300, "currency", "CNY"))
                .put("/api/makers/" + BOLT + "/contracts/2025-03-15").then().statusCode(422)
                .body("errors[0].field", equalTo("effectiveFrom"));

        // activated in the last second of January: January and February
        device(ACME, "2025-01-31T23:59:59Z", "2025-01-31T23:59:59Z");
        // seen last on 17 Dec: out of use from 31 Jan 00:00, so January counts
        device(ACME, "2024-12-01T00:00:00Z", "2024-12-17T00:00:00Z");
        // out of use from 1 Jan 00:00:00 exactly: not January
        device(ACME, "2024-11-01T00:00:00Z", "2024-11-17T00:00:00Z");
        // activated at the first instant of February: not January
        device(ACME, "2025-02-01T00:00:00Z", "2025-02-01T00:00:00Z");
        device(BOLT, "2025-01-10T00:00:00Z", "2025-01-10T00:00:00Z");
    }

    @Test
    @Order(2)
    void aMonthStillRunningCannotBeClosed() {
        admin().post("/api/statements/2026-12/close").then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("month"));
        admin().post("/api/statements/2025-13/close").then().statusCode(400).body("errors[0].field", equalTo("month"));
    }

    @Test
    @Order(3)
    void closingJanuaryPaysEachMakerForItsDevicesInUseDuringJanuary() {
        admin().post("/api/statements/2025-01/close").then().statusCode(201).body("closedNow", equalTo(true));

        admin().get("/api/makers/" + ACME + "/statements/2025-01").then().statusCode(200)
                .body("devicesInUse", equalTo(2)).body("rateMinor", equalTo(100)).body("totalMinor", equalTo(200))
                .body("currency", equalTo("CNY")).body("lines[0].kind", equalTo("IN_USE"));
        admin().get("/api/makers/" + BOLT + "/statements/2025-01").then().statusCode(200)
                .body("devicesInUse", equalTo(1)).body("totalMinor", equalTo(250));
    }

    @Test
    @Order(4)
    void closingJanuaryAgainChangesNothing() {
        admin().post("/api/statements/2025-01/close").then().statusCode(200).body("closedNow", equalTo(false));

        admin().get("/api/makers/" + ACME + "/statements").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].totalMinor", equalTo(200));
    }

    @Test
    @Order(5)
    void aClosedStatementCannotBeChangedEvenInTheDatabase() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(
                "update statement set total_minor = 0 where maker = ?1").setParameter(1, ACME).executeUpdate()))
                .hasStackTraceContaining("statements are immutable once closed");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(
                "delete from statement_line where maker = ?1").setParameter(1, ACME).executeUpdate()))
                .hasStackTraceContaining("statements are immutable once closed");
        admin().contentType("application/json").body(Map.of("rateMinor", 1, "currency", "CNY"))
                .put("/api/makers/" + ACME + "/contracts/2025-01-01").then().statusCode(409);
    }

    @Test
    @Order(6)
    void aLateCorrectionOfJanuaryBecomesALineOfFebruarysStatementOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> correction = Map.of("month", "2025-01", "devices", 3, "reason", "a batch activated offline");
        admin().contentType("application/json").header("Idempotency-Key", key).body(correction)
                .post("/api/makers/" + ACME + "/adjustments").then().statusCode(201);
        admin().contentType("application/json").header("Idempotency-Key", key).body(correction)
                .post("/api/makers/" + ACME + "/adjustments").then().statusCode(201);
        admin().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("month", "2025-02", "devices", 1, "reason", "too early"))
                .post("/api/makers/" + ACME + "/adjustments").then().statusCode(409);

        admin().post("/api/statements/2025-02/close").then().statusCode(201);

        admin().get("/api/makers/" + ACME + "/statements/2025-02").then().statusCode(200)
                .body("devicesInUse", equalTo(2)).body("totalMinor", equalTo(2 * 100 + 3 * 100))
                .body("lines.kind", equalTo(List.of("IN_USE", "ADJUSTMENT")))
                .body("lines[1].description", equalTo("Correction of 2025-01: a batch activated offline"))
                .body("lines[1].amountMinor", equalTo(300));
        admin().get("/api/makers/" + ACME + "/statements/2025-01").then().body("totalMinor", equalTo(200));
        admin().get("/api/makers/" + BOLT + "/statements/2025-02").then().statusCode(200)
                .body("devicesInUse", equalTo(1)).body("rateMinor", equalTo(250));
    }

    @Test
    @Order(7)
    void aPartnerReadsItsOwnMakersStatementsCsvAndPdfButNotAnotherMakers() throws Exception {
        RequestSpecification acmePartner = given().auth().oauth2(TestTokens.get().partner("partner-acme", ACME));

        acmePartner.get("/api/makers/" + ACME + "/statements").then().statusCode(200).body("size()", equalTo(2));
        String csv = acmePartner.get("/api/makers/" + ACME + "/statements/2025-02.csv").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        assertThat(csv).startsWith("maker,month,line,kind,description,devices,amount_minor,amount,currency\r\n")
                .contains(ACME + ",2025-02,2,ADJUSTMENT,Correction of 2025-01: a batch activated offline,3,300,3.00,CNY")
                .endsWith(ACME + ",2025-02,,TOTAL,Total,2,500,5.00,CNY\r\n");

        byte[] pdf = acmePartner.get("/api/makers/" + ACME + "/statements/2025-02.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("statement for " + ACME + ", 2025-02")
                    .contains("Correction of 2025-01: a batch activated offline")
                    .containsPattern("Total\\s+5\\.00");
        }

        acmePartner.get("/api/makers/" + BOLT + "/statements").then().statusCode(404);
        acmePartner.get("/api/makers/" + BOLT + "/statements/2025-01.pdf").then().statusCode(404);
        acmePartner.get("/api/makers/" + BOLT + "/statements/2025-01.csv").then().statusCode(404);
        acmePartner.get("/api/makers/" + BOLT + "/activations").then().statusCode(404);
        given().auth().oauth2(TestTokens.get().forRole("support")).get("/api/statements/2025-01").then()
                .statusCode(200);
    }

    @Test
    @Order(8)
    void aCorrectionNotYetSettledShowsInTheRunningMonthsStatement() {
        admin().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("month", "2025-02", "devices", -1, "reason", "a device returned unused"))
                .post("/api/makers/" + ACME + "/adjustments").then().statusCode(201);

        given().auth().oauth2(TestTokens.get().partner("partner-acme", ACME))
                .get("/api/makers/" + ACME + "/statements/current").then().statusCode(200)
                .body("devicesInUse", equalTo(0)).body("rateMinor", equalTo(100))
                .body("pendingCorrections", equalTo(-1)).body("pendingCorrectionsMinor", equalTo(-100))
                .body("totalMinor", equalTo(-100));
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.get().forRole("admin"));
    }

    private void device(String maker, String activatedAt, String lastSeenAt) {
        String imei = TestDevices.newImei();
        QuarkusTransaction.requiringNew().run(() -> {
            entities.createNativeQuery("insert into device (imei, maker, model, order_id, verifier, provisioned_at,"
                    + " activated_at, last_seen_at) values (?1, ?2, 'model-x', 'order-x', 'v', ?3, ?3, ?4)")
                    .setParameter(1, imei).setParameter(2, maker).setParameter(3, at(activatedAt))
                    .setParameter(4, at(lastSeenAt)).executeUpdate();
            entities.createNativeQuery("insert into usage_period (imei, started_at, last_seen_at) values (?1, ?2, ?3)")
                    .setParameter(1, imei).setParameter(2, at(activatedAt)).setParameter(3, at(lastSeenAt))
                    .executeUpdate();
        });
    }

    private static java.time.OffsetDateTime at(String instant) {
        return Instant.parse(instant).atOffset(ZoneOffset.UTC);
    }
}

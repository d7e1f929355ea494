package com.phonesmith.activations.activation;

import static org.hamcrest.Matchers.equalTo;

import com.phonesmith.activations.RealInfrastructure;
import com.phonesmith.activations.TestClock;
import com.phonesmith.activations.TestDevices;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An activated handset checks in; one that went quiet for longer than the period comes back in a new span. */
@QuarkusTest
class CheckInTest extends RealInfrastructure {
    @Inject
    EntityManager entities;

    @AfterEach
    void backToTheStart() {
        TestClock.reset();
    }

    @Test
    void aHandsetThatNeverActivatedCannotCheckIn() {
        TestDevices.Handset handset = TestDevices.provisioned("lumo", "lumo-one");

        handset.checkIn().then().statusCode(409).body("errors[0].field", equalTo("imei"));
    }

    @Test
    void aCheckInWithinThePeriodExtendsTheSpanOfUse() {
        TestDevices.Handset handset = TestDevices.provisioned("lumo", "lumo-one");
        handset.activate().then().statusCode(201);
        TestClock.set(TestClock.START.plus(Duration.ofDays(30)));

        handset.checkIn().then().statusCode(200).body("backInUse", equalTo(false))
                .body("inUseUntil", equalTo(TestClock.now().plus(Duration.ofDays(45)).toString()));

        Assertions.assertThat(spans(handset.imei())).isEqualTo(1);
    }

    @Test
    void aCheckInAfterThePeriodStartsANewSpanOfUse() {
        TestDevices.Handset handset = TestDevices.provisioned("nordvik", "nordvik-fjord");
        handset.activate().then().statusCode(201);
        TestClock.set(TestClock.START.plus(Duration.ofDays(46)));

        handset.checkIn().then().statusCode(200).body("backInUse", equalTo(true));

        Assertions.assertThat(spans(handset.imei())).isEqualTo(2);
    }

    private long spans(String imei) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entities
                .createNativeQuery("select count(*) from usage_period where imei = ?1").setParameter(1, imei)
                .getSingleResult()).longValue());
    }
}

package com.phonesmith.configurator.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.phonesmith.configurator.RealInfrastructure;
import com.phonesmith.configurator.payment.TestPaymentProvider.Fault;
import com.phonesmith.configurator.payment.TestPaymentProvider.Operation;
import com.phonesmith.configurator.payment.TestPaymentProvider.Outcome;
import com.phonesmith.configurator.payment.TestPaymentProvider.Request;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The built-in test provider keeps a real ledger and is idempotent by key, as the port requires: a hold is taken
 * once, a capture refunded once, and its log tells every call and whether it moved money.
 */
@QuarkusTest
class TestPaymentProviderTest extends RealInfrastructure {
    @Inject
    TestPaymentProvider provider;

    @AfterEach
    void noFaultsLeft() {
        provider.forgetFaults();
    }

    private String heldKey() {
        String key = "provider-test-" + UUID.randomUUID();
        provider.authorise(key, TestPaymentProvider.CARD, 5000, "EUR");
        return key;
    }

    @Test
    void aCaptureRepeatedByItsKeyTakesTheMoneyOnce() {
        String key = heldKey();

        provider.capture(key, 5000);
        provider.capture(key, 5000);

        assertThat(provider.statusOf(key)).isEqualTo("CAPTURED");
        assertThat(provider.requestsOf(key)).extracting(Request::operation, Request::amountMinor, Request::outcome)
                .containsExactly(tuple(Operation.AUTHORISE, 5000L, Outcome.MOVED),
                        tuple(Operation.CAPTURE, 5000L, Outcome.MOVED),
                        tuple(Operation.CAPTURE, 5000L, Outcome.UNCHANGED));
    }

    @Test
    void aRefundRepeatedByItsKeyPaysBackOnceAndAnotherAmountIsRefused() {
        String key = heldKey();
        provider.capture(key, 5000);

        provider.refund(key, 5000);
        provider.refund(key, 5000);

        assertThatThrownBy(() -> provider.refund(key, 100)).isInstanceOf(PaymentDeclinedException.class)
                .hasMessage("refunded already, 5000, not 100");
        assertThat(provider.statusOf(key)).isEqualTo("REFUNDED");
        assertThat(provider.movementsOf(key)).containsExactly(Operation.AUTHORISE, Operation.CAPTURE,
                Operation.REFUND);
    }

    @Test
    void aVoidedHoldCannotBeCapturedAndACapturedOneCannotBeVoided() {
        String voided = heldKey();
        provider.voidAuthorisation(voided);
        provider.voidAuthorisation(voided);
        String captured = heldKey();
        provider.capture(captured, 5000);

        assertThatThrownBy(() -> provider.capture(voided, 5000)).isInstanceOf(PaymentDeclinedException.class)
                .hasMessageContaining("no authorisation to capture");
        assertThatThrownBy(() -> provider.voidAuthorisation(captured)).isInstanceOf(PaymentDeclinedException.class)
                .hasMessageContaining("it can be refunded, not voided");
        assertThat(provider.movementsOf(voided)).containsExactly(Operation.AUTHORISE, Operation.VOID);
        assertThat(provider.statusOf(captured)).isEqualTo("CAPTURED");
    }

    @Test
    void nothingCapturedCannotBeRefundedAndNoMoreThanTheHoldCanBeTaken() {
        String key = heldKey();

        assertThatThrownBy(() -> provider.refund(key, 5000)).hasMessage("nothing was captured to refund");
        assertThatThrownBy(() -> provider.capture(key, 5001)).hasMessage("the hold is 5000, less than 5001");
        assertThat(provider.movementsOf(key)).containsExactly(Operation.AUTHORISE);
    }

    @Test
    void anUnreachableProviderActsOnNothingAndALostAnswerHidesAMovementThatHappened() {
        String key = heldKey();
        provider.failNext(key, Operation.CAPTURE, 1, Fault.UNREACHABLE);
        provider.failNext(key, Operation.CAPTURE, 1, Fault.ANSWER_LOST);

        assertThatThrownBy(() -> provider.capture(key, 5000)).isInstanceOf(PaymentUnavailableException.class)
                .hasMessage("the payment provider could not be reached");
        assertThat(provider.statusOf(key)).isEqualTo("AUTHORISED");
        assertThatThrownBy(() -> provider.capture(key, 5000)).isInstanceOf(PaymentUnavailableException.class)
                .hasMessage("the payment provider did not answer in time");
        assertThat(provider.statusOf(key)).isEqualTo("CAPTURED");
        provider.capture(key, 5000);

        assertThat(provider.requestsOf(key)).extracting(Request::operation, Request::outcome).containsExactly(
                tuple(Operation.AUTHORISE, Outcome.MOVED), tuple(Operation.CAPTURE, Outcome.UNREACHABLE),
                tuple(Operation.CAPTURE, Outcome.MOVED), tuple(Operation.CAPTURE, Outcome.UNCHANGED));
    }

    @Test
    void aVoidOfAKeyNeverAuthorisedDoesNothing() {
        String key = "provider-test-" + UUID.randomUUID();

        provider.voidAuthorisation(key);

        assertThat(provider.statusOf(key)).isNull();
        assertThat(provider.requestsOf(key)).extracting(Request::operation, Request::amountMinor, Request::outcome)
                .containsExactly(tuple(Operation.VOID, null, Outcome.UNCHANGED));
    }
}

package com.phonesmith.configurator.promise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PromiseRulesTest {
    /** A Tuesday: the seventh day after it is Tuesday 8 December. */
    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    private static final VariantCode ASKED = new VariantCode("nordvik-one", "black", 128);

    private static Optional<FactoryAnswer> factory(boolean promisable, String ship, String delivery, String reason) {
        return Optional.of(new FactoryAnswer("nordvik-one", "black", 128, promisable,
                ship == null ? null : LocalDate.parse(ship), delivery == null ? null : LocalDate.parse(delivery),
                reason));
    }

    @Test
    void aDeliveryWithinSevenDaysIsPromisedWithItsShipDate() {
        Promise promise = PromiseRules.judge(ASKED, factory(true, "2026-12-02", "2026-12-04", null), TODAY);

        assertThat(promise).isEqualTo(new Promise("nordvik-one", "black", 128, true, LocalDate.parse("2026-12-02"),
                LocalDate.parse("2026-12-04"), null));
        assertThat(promise.promisedDeliveryDate()).isEqualTo("2026-12-04");
    }

    @Test
    void aDeliveryOnTheSeventhDayIsStillPromised() {
        Promise promise = PromiseRules.judge(ASKED, factory(true, "2026-12-07", "2026-12-08", null), TODAY);

        assertThat(promise.promisable()).isTrue();
    }

    @Test
    void aDeliveryTheFactoryPromisesBeyondSevenDaysIsNotPromisedAndTheShopperIsToldTheEarliestDay() {
        Promise promise = PromiseRules.judge(ASKED, factory(true, "2026-12-07", "2026-12-09", null), TODAY);

        assertThat(promise.promisable()).isFalse();
        assertThat(promise.reason()).isEqualTo("the earliest delivery is Wed 9 Dec, beyond seven days");
        assertThat(promise.deliveryDate()).isEqualTo("2026-12-09");
        assertThat(promise.promisedDeliveryDate()).isNull();
        assertThat(promise.promisedShipDate()).isNull();
    }

    @Test
    void theFactorysRefusalIsPassedOnWithItsReasonAndTheEarliestDatesItKnows() {
        Promise noStock = PromiseRules.judge(ASKED,
                factory(false, null, null, "no nordvik-one black 128 GB handset in stock"), TODAY);
        Promise late = PromiseRules.judge(ASKED, factory(false, "2026-12-08", "2026-12-10", " too late "), TODAY);

        assertThat(noStock).isEqualTo(new Promise("nordvik-one", "black", 128, false, null, null,
                "no nordvik-one black 128 GB handset in stock"));
        assertThat(late.deliveryDate()).isEqualTo("2026-12-10");
        assertThat(late.reason()).isEqualTo("too late");
    }

    @Test
    void aRefusalWithoutAReasonSaysThatSevenDaysCannotBePromised() {
        Promise promise = PromiseRules.judge(ASKED, factory(false, null, null, " "), TODAY);

        assertThat(promise.reason()).isEqualTo("we cannot promise delivery within seven days");
    }

    @Test
    void aRefusalOfTheFactoryStandsEvenWithADateWithinSevenDays() {
        Promise promise = PromiseRules.judge(ASKED, factory(false, "2026-12-02", "2026-12-03", "line stopped"), TODAY);

        assertThat(promise.promisable()).isFalse();
        assertThat(promise.promisedDeliveryDate()).isNull();
    }

    @Test
    void withoutAnAnswerNothingIsPromisedAndNoDateIsMadeUp() {
        Promise promise = PromiseRules.judge(ASKED, Optional.empty(), TODAY);

        assertThat(promise).isEqualTo(new Promise("nordvik-one", "black", 128, false, null, null,
                "we cannot promise a delivery date right now"));
    }

    @Test
    void anAnswerThatCannotBeRightPromisesNothing() {
        Optional<FactoryAnswer> otherVariant = Optional.of(new FactoryAnswer("nordvik-one", "white", 128, true,
                LocalDate.parse("2026-12-02"), LocalDate.parse("2026-12-04"), null));
        Optional<FactoryAnswer> otherStorage = Optional.of(new FactoryAnswer("nordvik-one", "black", 256, true,
                LocalDate.parse("2026-12-02"), LocalDate.parse("2026-12-04"), null));

        for (Optional<FactoryAnswer> nonsense : java.util.List.of(otherVariant, otherStorage,
                factory(true, null, "2026-12-04", null),
                factory(true, "2026-12-02", null, null),
                factory(true, "2026-12-05", "2026-12-04", null),
                factory(true, "2026-11-30", "2026-12-02", null),
                factory(true, "2026-11-28", "2026-11-30", null),
                factory(false, null, null, "x".repeat(301)),
                factory(false, null, null, "no stock\u0000<script>"))) {
            assertThat(PromiseRules.judge(ASKED, nonsense, TODAY)).as("%s", nonsense)
                    .isEqualTo(Promise.cannotPromiseNow(ASKED));
        }
    }
}

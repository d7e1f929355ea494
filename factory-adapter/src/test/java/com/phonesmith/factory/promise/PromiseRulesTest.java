package com.phonesmith.factory.promise;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.factory.capacity.TestFactories;
import com.phonesmith.factory.stock.Variant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PromiseRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final Variant MOSS = new Variant("nordvik-tundra", "moss", 256);
    final PromiseRules rules = new PromiseRules(TestFactories.standard());

    @Test
    void aVariantInStockWithRoomTodayShipsTodayAndArrivesAfterTransit() {
        Promise promise = rules.promise(MOSS, 3, TODAY, Optional.of(TODAY));
        assertThat(promise.promisable()).isTrue();
        assertThat(promise.shipDate()).isEqualTo(TODAY);
        assertThat(promise.deliveryDate()).isEqualTo(TODAY.plusDays(2));
        assertThat(promise.reason()).isNull();
    }

    @Test
    void noFreeHandsetMeansNoPromiseAndSaysWhichVariant() {
        Promise promise = rules.promise(MOSS, 0, TODAY, Optional.of(TODAY));
        assertThat(promise.promisable()).isFalse();
        assertThat(promise.shipDate()).isNull();
        assertThat(promise.reason()).isEqualTo("no nordvik-tundra moss 256 GB handset is in stock");
    }

    @Test
    void aFullyBookedFactoryCannotPromise() {
        Promise promise = rules.promise(MOSS, 5, TODAY, Optional.empty());
        assertThat(promise.promisable()).isFalse();
        assertThat(promise.reason()).isEqualTo("the factory is fully booked for the next 28 days");
    }

    @Test
    void aDeliveryBeyondSevenDaysIsNotPromisedButTheEarliestDatesAreShown() {
        Promise promise = rules.promise(MOSS, 5, TODAY, Optional.of(TODAY.plusDays(6)));
        assertThat(promise.promisable()).isFalse();
        assertThat(promise.shipDate()).isEqualTo(TODAY.plusDays(6));
        assertThat(promise.deliveryDate()).isEqualTo(TODAY.plusDays(8));
        assertThat(promise.reason()).isEqualTo("the earliest delivery is Wed 9 Dec, more than 7 days away");
    }

    @Test
    void deliveryOnTheSeventhDayIsStillPromised() {
        assertThat(rules.promise(MOSS, 5, TODAY, Optional.of(TODAY.plusDays(5))).promisable()).isTrue();
    }
}

package com.phonesmith.web.promise;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.web.backend.Promise;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PromiseViewTest {

    @Test
    void aPromiseReadsAsTheDayOfDeliveryWithTheDayItShips() {
        PromiseView view = PromiseView.of(new Promise("lumo-one", "coral", 128, true, "2026-12-02", "2026-12-04",
                null));

        assertThat(view.promised()).isTrue();
        assertThat(view.headline()).isEqualTo("Delivered by Friday 4 December");
        assertThat(view.delivery().iso()).isEqualTo("2026-12-04");
        assertThat(view.ship().text()).isEqualTo("Wednesday 2 December");
        assertThat(view.summary()).isEqualTo("Delivered by Friday 4 December.");
    }

    @Test
    void noPromiseReadsAsTheReasonInASentenceAndNeverAsADate() {
        PromiseView view = PromiseView.of(new Promise("lumo-one", "coral", 128, false, "2026-12-07", "2026-12-09",
                "the earliest delivery is Wed 9 Dec, beyond seven days"));

        assertThat(view.promised()).isFalse();
        assertThat(view.delivery()).isNull();
        assertThat(view.headline()).isEqualTo("No delivery date can be promised");
        assertThat(view.reason()).isEqualTo("The earliest delivery is Wed 9 Dec, beyond seven days.");
        assertThat(view.summary()).isEqualTo("No delivery date can be promised. The earliest delivery is Wed 9 Dec,"
                + " beyond seven days.");
    }

    @Test
    void withoutAnAnswerOrWithADateThatCannotBeReadNothingIsPromisedRightNow() {
        assertThat(PromiseView.of(Optional.empty()).reason()).isEqualTo("We cannot promise a delivery date right now.");
        assertThat(PromiseView.of(new Promise("lumo-one", "coral", 128, true, "soon", "friday", null)).promised())
                .isFalse();
        assertThat(PromiseView.of(new Promise("lumo-one", "coral", 128, false, null, null, null)).reason())
                .isEqualTo("We cannot promise a delivery date right now.");
    }

    @Test
    void anOrdersPromiseIsTheDatesItWasPlacedWith() {
        assertThat(PromiseView.ofOrder("2026-12-02", "2026-12-04").headline())
                .isEqualTo("Delivered by Friday 4 December");
        assertThat(PromiseView.ofOrder(null, null).reason())
                .isEqualTo("No delivery date was promised when the order was placed.");
    }
}

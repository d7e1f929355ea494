package com.phonesmith.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReworkTest {

    @Test
    void withOneReflashAndOneSwapTheFirstFailureReflashesTheSecondSwapsAndLaterOnesAskSupport() {
        assertThat(Rework.after(1, 1, 1)).isEqualTo(Rework.REFLASH);
        assertThat(Rework.after(2, 1, 1)).isEqualTo(Rework.SWAP);
        assertThat(Rework.after(3, 1, 1)).isEqualTo(Rework.ASK_SUPPORT);
        assertThat(Rework.after(7, 1, 1)).isEqualTo(Rework.ASK_SUPPORT);
    }

    @Test
    void theBoundsComeFromConfigurationAndZeroSkipsAStep() {
        assertThat(Rework.after(2, 2, 0)).isEqualTo(Rework.REFLASH);
        assertThat(Rework.after(3, 2, 0)).isEqualTo(Rework.ASK_SUPPORT);
        assertThat(Rework.after(1, 0, 2)).isEqualTo(Rework.SWAP);
        assertThat(Rework.after(1, 0, 0)).isEqualTo(Rework.ASK_SUPPORT);
    }

    @Test
    void thereIsNothingToReworkWithoutAFailureAndBoundsCannotBeNegative() {
        assertThatThrownBy(() -> Rework.after(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rework.after(1, -1, 1)).hasMessageContaining("reflashes -1");
    }
}

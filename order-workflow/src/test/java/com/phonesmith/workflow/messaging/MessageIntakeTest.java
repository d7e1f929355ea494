package com.phonesmith.workflow.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.workflow.process.ProcessBusyException;
import org.junit.jupiter.api.Test;

class MessageIntakeTest {

    @Test
    void aConcurrentProcessChangeIsRecognisedEvenWhenWrapped() {
        ProcessBusyException busy = new ProcessBusyException("o1", new IllegalStateException("version changed"));
        assertThat(MessageIntake.busyCause(new RuntimeException("commit failed", busy))).isSameAs(busy);
    }

    @Test
    void anyOtherFailureIsNotRetried() {
        assertThat(MessageIntake.busyCause(new IllegalStateException("no such order"))).isNull();
    }
}

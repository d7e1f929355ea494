package com.phonesmith.factory.workorder;

import static com.phonesmith.factory.support.WorkflowCommands.awaitFactoryEvent;
import static com.phonesmith.factory.support.WorkflowCommands.awaitFactoryEvents;
import static com.phonesmith.factory.support.WorkflowCommands.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.factory.support.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Packing and shipping happen when the time they are due has come, by the time the worker reads from the clock;
 * here the test passes that time itself, a day ahead of the real clock so that the running workers stay out of it.
 */
@QuarkusTest
class TimedStepsTest extends RealInfrastructure {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    WorkOrderReads reads;
    @Inject
    ParcelSteps parcels;
    @Inject
    StepsConfig steps;
    @Inject
    Clock clock;

    @Test
    void aCheckedHandsetIsPackedAndShippedOnlyWhenItsTimeHasCome() {
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, "lumo-one", "ink", 128));
        awaitFactoryEvent(orderId, HandsetReserved.class, WAIT);
        Instant qaPassedAt = clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS);
        Instant packAt = qaPassedAt.plus(Duration.ofMinutes(20));
        QuarkusTransaction.requiringNew().run(() -> {
            WorkOrder order = WorkOrder.findById(orderId);
            order.status = WorkOrderStatus.QA_PASSED;
            order.nextStepAt = packAt; // as if QA passed at qaPassedAt with a pack duration of 20 minutes
        });

        QuarkusTransaction.requiringNew().call(() -> parcels.packDue(packAt.minusSeconds(1)));
        assertThat(status(orderId)).isEqualTo(WorkOrderStatus.QA_PASSED);

        QuarkusTransaction.requiringNew().call(() -> parcels.packDue(packAt));
        WorkOrderView packed = reads.find(orderId).orElseThrow();
        assertThat(packed.status()).isEqualTo(WorkOrderStatus.PACKED);
        assertThat(packed.nextStepAt()).isEqualTo(packAt.plus(steps.shipDuration()));

        QuarkusTransaction.requiringNew().call(() -> parcels.shipDue(packed.nextStepAt()));
        assertThat(status(orderId)).isEqualTo(WorkOrderStatus.SHIPPED);
        assertThat(awaitFactoryEvents(orderId, 3, WAIT)).extracting(Envelope::type)
                .containsExactly("HandsetReserved", "Packed", "Shipped");
    }

    private WorkOrderStatus status(String orderId) {
        return reads.find(orderId).orElseThrow().status();
    }
}

package com.phonesmith.workflow.messaging;

import static com.phonesmith.workflow.support.EventTraffic.command;
import static com.phonesmith.workflow.support.EventTraffic.commandsWhenQuiet;
import static com.phonesmith.workflow.support.EventTraffic.envelopeJson;
import static com.phonesmith.workflow.support.EventTraffic.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.phonesmith.contracts.events.BuildImage;
import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.ImageReady;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.platform.inbox.Inbox;
import com.phonesmith.workflow.RealInfrastructure;
import com.phonesmith.workflow.support.EventTraffic;
import com.phonesmith.workflow.support.Orders;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two replies reaching the parallel join in overlapping transactions: the later one waits for the order's row,
 * which the earlier one holds until it commits, then reads what it committed, so the join completes once, in the
 * later transaction, and the FlashHandset it sends carries the image the earlier one stored. (Before the order was
 * locked, the later reply could read the order before the earlier one committed and see its token at the join
 * after: it then sent FlashHandset from a stale copy without the image, and the order stayed in production.)
 */
@QuarkusTest
class ConcurrentRepliesTest extends RealInfrastructure {
    @Inject
    MessageIntake intake;
    @Inject
    Inbox inbox;
    @Inject
    WorkflowEvents events;
    @Inject
    EntityManager entityManager;
    @Inject
    MeterRegistry meters;

    @Test
    void aReplyThatArrivesWhileAnotherIsHandledWaitsForItAndTheHandsetIsFlashedOnceWithTheImage() throws Exception {
        String orderId = Orders.freshId();
        publish(Orders.placed(orderId));
        command(orderId, BuildImage.class);
        command(orderId, ScheduleBuild.class);
        ImageReady image = Orders.imageReady(orderId);
        String imageJson = envelopeJson(image);
        String handsetJson = envelopeJson(new HandsetReserved(orderId, "356938035643820", "NVK-FJ-0020"));
        double conflictsBefore = conflicts();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch imageApplied = new CountDownLatch(1);
            CountDownLatch commitImage = new CountDownLatch(1);
            Future<?> first = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                inbox.handle(MessageIntake.CONSUMER, imageJson, events::apply);
                imageApplied.countDown();
                awaitQuietly(commitImage);
            }));
            assertThat(imageApplied.await(60, TimeUnit.SECONDS)).isTrue();

            Future<?> second = pool.submit(() -> intake.receive(handsetJson));
            await().atMost(Duration.ofSeconds(60)).until(() -> sessionsWaitingOnALock() > 0);
            commitImage.countDown();

            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(conflicts()).as("no reply had to be tried again").isEqualTo(conflictsBefore);
        FlashHandset flash = command(orderId, FlashHandset.class);
        assertThat(flash.digest()).isEqualTo(image.digest());
        assertThat(commandsWhenQuiet(orderId, FlashHandset.class)).hasSize(1);
        assertThat(Orders.timeline(orderId).getList("entries.type", String.class))
                .containsOnlyOnce("ImageReady", "HandsetReserved", "FlashHandsetSent");
    }

    private long sessionsWaitingOnALock() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                                + "and datname = current_database()")
                .getSingleResult()).longValue());
    }

    private double conflicts() {
        var counter = meters.find("workflow.message.conflicts").counter();
        return counter == null ? 0 : counter.count();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(EventTraffic.WAIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the first transaction commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

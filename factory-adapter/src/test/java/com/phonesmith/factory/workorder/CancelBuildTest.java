package com.phonesmith.factory.workorder;

import static com.phonesmith.factory.support.WorkflowCommands.CODEC;
import static com.phonesmith.factory.support.WorkflowCommands.awaitFactoryEvent;
import static com.phonesmith.factory.support.WorkflowCommands.awaitFactoryEvents;
import static com.phonesmith.factory.support.WorkflowCommands.handled;
import static com.phonesmith.factory.support.WorkflowCommands.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.phonesmith.contracts.Envelope;
import com.phonesmith.contracts.events.BuildCancelled;
import com.phonesmith.contracts.events.CancelBuild;
import com.phonesmith.contracts.events.FlashHandset;
import com.phonesmith.contracts.events.FlashingStarted;
import com.phonesmith.contracts.events.HandsetReserved;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.contracts.events.Shipped;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.factory.fastboot.FastbootClient;
import com.phonesmith.factory.shipping.Carrier;
import com.phonesmith.factory.support.Bundles;
import com.phonesmith.factory.support.Calendar;
import com.phonesmith.factory.support.RackScan;
import com.phonesmith.factory.support.RealInfrastructure;
import com.phonesmith.handset.fixtures.TestBundles;
import com.phonesmith.platform.security.Roles;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CancelBuild on Kafka: the work order is cancelled, its handset goes back to stock and its day back to the calendar,
 * BuildCancelled answers; never while a flash station may still write to the handset, never after shipping.
 */
@QuarkusTest
class CancelBuildTest extends RealInfrastructure {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration QUIET = Duration.ofSeconds(3);

    @Inject
    FlashClaims flashClaims;
    @Inject
    Cancellations cancellations;
    @Inject
    Clock clock;
    @Inject
    Carrier carrier;

    @BeforeEach
    void theStationScanHasFoundTheRack() {
        RackScan.awaitRackFound();
    }

    @Test
    void aCancelThatOvertakesScheduleBuildLeavesATombstoneSoTheLateScheduleBuildBuildsNothing() {
        String orderId = UUID.randomUUID().toString();

        send(new CancelBuild(orderId, "the shopper changed their mind"));

        BuildCancelled cancelled = awaitFactoryEvent(orderId, BuildCancelled.class, WAIT);
        assertThat(cancelled.releasedImei()).isNull();
        assertThat(cancelled.detail()).startsWith("cancelled before it was scheduled");
        Envelope lateSchedule = send(new ScheduleBuild(orderId, "lumo-one", "coral", 64, "lumo"));
        Envelope lateFlash = send(new FlashHandset(orderId, "http://127.0.0.1:1/never.zip", "00", "fp"));
        await().atMost(WAIT).until(() -> handled(lateSchedule) && handled(lateFlash));

        assertThat(awaitFactoryEvents(orderId, 2, QUIET)).extracting(Envelope::type).containsExactly("BuildCancelled");
        JsonPath order = workOrder(orderId);
        assertThat(order.getString("status")).isEqualTo("CANCELLED");
        assertThat(order.getString("model")).isNull();
        assertThat(order.getString("imei")).isNull();
        assertThat(order.getString("slotDay")).isNull();
        assertThat(order.getList("history.step", String.class)).containsExactly("cancel", "scheduled",
                "flash-requested");
        assertThat(order.getList("history.detail", String.class)).satisfiesExactly(
                cancel -> assertThat(cancel).contains("the shopper changed their mind"),
                schedule -> assertThat(schedule).endsWith("ignored: the order was cancelled"),
                flash -> assertThat(flash).endsWith("ignored: the order was cancelled"));
    }

    @Test
    void aCancelWhileWaitingForStockGivesTheDayBackToTheCalendar() {
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, "nowhere-phone", "grey", 32, "nowhere"));
        await().atMost(WAIT).until(() -> "WAITING_FOR_STOCK".equals(workOrderIfAny(orderId).map(o -> o.getString(
                "status")).orElse(null)));
        LocalDate day = LocalDate.parse(workOrder(orderId).getString("slotDay"));
        int bookedBefore = Calendar.booked(day);

        send(new CancelBuild(orderId, "payment failed"));

        BuildCancelled cancelled = awaitFactoryEvent(orderId, BuildCancelled.class, WAIT);
        assertThat(cancelled.releasedImei()).isNull();
        assertThat(cancelled.detail()).contains("its day " + day + " went back to the capacity calendar",
                "no handset was reserved yet");
        assertThat(Calendar.booked(day)).isEqualTo(bookedBefore - 1);
        JsonPath order = workOrder(orderId);
        assertThat(order.getString("status")).isEqualTo("CANCELLED");
        assertThat(order.getString("slotDay")).isNull();
        assertThat((Object) order.get("nextStepAt")).isNull();
        assertThat(order.getList("history.step", String.class)).containsSubsequence("scheduled", "reserve", "cancel",
                "release");
    }

    @Test
    void aCancelAfterReservationGivesTheHandsetBackToStockAndTheDayBackToTheCalendar() {
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, "nordvik-fjord", "birch", 128, "nordvik"));
        HandsetReserved reserved = awaitFactoryEvent(orderId, HandsetReserved.class, WAIT);
        LocalDate day = LocalDate.parse(workOrder(orderId).getString("slotDay"));
        int bookedBefore = Calendar.booked(day);

        send(new CancelBuild(orderId, "the shopper cancelled"));

        BuildCancelled cancelled = awaitFactoryEvent(orderId, BuildCancelled.class, WAIT);
        assertThat(cancelled.releasedImei()).isEqualTo(reserved.imei());
        assertThat(cancelled.detail()).contains("handset " + reserved.imei() + " went back to stock",
                "its day " + day + " went back");
        JsonPath handset = handset(reserved.imei());
        assertThat(handset.getString("status")).isEqualTo("AVAILABLE");
        assertThat(handset.getString("orderId")).isNull();
        assertThat(Calendar.booked(day)).isEqualTo(bookedBefore - 1);
        assertThat(given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR))
                .get("/api/handsets?status=AVAILABLE&size=200").then().statusCode(200).extract().jsonPath()
                .getList("items.imei", String.class)).contains(reserved.imei());

        // an image the workflow had already asked for arrives late: nothing is flashed
        Envelope lateFlash = send(new FlashHandset(orderId, "http://127.0.0.1:1/never.zip", "00", "fp"));
        await().atMost(WAIT).until(() -> handled(lateFlash));
        JsonPath order = workOrder(orderId);
        assertThat(order.getString("status")).isEqualTo("CANCELLED");
        assertThat(order.getString("imageUrl")).isNull();
        assertThat(order.getList("history.step", String.class)).containsSubsequence("reserve", "cancel", "release",
                "release", "flash-requested");
        assertThat(awaitFactoryEvents(orderId, 3, QUIET)).extracting(Envelope::type)
                .containsExactly("HandsetReserved", "BuildCancelled");
    }

    @Test
    void aRepeatedCancelIsAnsweredAgainButReleasesNothingTwice() {
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, "nordvik-fjord", "birch", 128, "nordvik"));
        HandsetReserved reserved = awaitFactoryEvent(orderId, HandsetReserved.class, WAIT);
        LocalDate day = LocalDate.parse(workOrder(orderId).getString("slotDay"));
        int bookedBefore = Calendar.booked(day);
        send(new CancelBuild(orderId, "the shopper cancelled"));
        awaitFactoryEvent(orderId, BuildCancelled.class, WAIT);
        String handsetChangedAt = handset(reserved.imei()).getString("updatedAt");

        // the workflow sends it again, in a new message
        Envelope again = send(new CancelBuild(orderId, "the shopper cancelled"));

        await().atMost(WAIT).until(() -> handled(again));
        List<Envelope> events = awaitFactoryEvents(orderId, 3, WAIT);
        assertThat(events).extracting(Envelope::type)
                .containsExactly("HandsetReserved", "BuildCancelled", "BuildCancelled");
        BuildCancelled answeredAgain = CODEC.payloadOf(events.get(2), BuildCancelled.class);
        assertThat(answeredAgain.releasedImei()).isEqualTo(reserved.imei());
        assertThat(answeredAgain.detail()).startsWith("cancelled already; nothing is released twice")
                .contains("handset " + reserved.imei() + " was given back to stock");
        assertThat(Calendar.booked(day)).isEqualTo(bookedBefore - 1);
        JsonPath handset = handset(reserved.imei());
        assertThat(handset.getString("updatedAt")).isEqualTo(handsetChangedAt);
        JsonPath order = workOrder(orderId);
        assertThat(order.getList("history.step", String.class)).filteredOn("cancel"::equals).hasSize(2);
        assertThat(order.getList("history.detail", String.class))
                .filteredOn(detail -> detail.contains("went back to stock")).hasSize(1);
    }

    @Test
    void aCancelWhileAFlashStationHoldsTheHandsetKeepsItFromEveryOtherOrderUntilTheStationReportsBack() {
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, "lumo-one", "coral", 64, "lumo"));
        HandsetReserved reserved = awaitFactoryEvent(orderId, HandsetReserved.class, WAIT);
        Instant leaseEnd = clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS);
        FlashAssignment job = claimedByAFlashStation(orderId, leaseEnd);

        send(new CancelBuild(orderId, "the shopper cancelled"));

        BuildCancelled cancelled = awaitFactoryEvent(orderId, BuildCancelled.class, WAIT);
        assertThat(cancelled.releasedImei()).isEqualTo(reserved.imei());
        assertThat(cancelled.detail()).contains("handset " + reserved.imei() + " goes back to stock once the flash"
                + " station working attempt 1 on it reports back");
        JsonPath order = workOrder(orderId);
        assertThat(order.getString("status")).isEqualTo("CANCELLED");
        assertThat(Instant.parse(order.getString("nextStepAt"))).isEqualTo(leaseEnd);
        // the step worker passes every second: the handset stays the order's while the station may write to it
        await().pollDelay(Duration.ofMillis(1500)).atMost(WAIT).untilAsserted(() ->
                assertThat(handset(reserved.imei()).getString("status")).isEqualTo("RESERVED"));
        assertThat(handset(reserved.imei()).getString("orderId")).isEqualTo(orderId);

        boolean recorded = QuarkusTransaction.requiringNew().call(() -> flashClaims.flashedAndChecked(job, "00", "fp",
                Optional.empty(), "verifier"));

        assertThat(recorded).isFalse();
        JsonPath handset = handset(reserved.imei());
        assertThat(handset.getString("status")).isEqualTo("AVAILABLE");
        assertThat(handset.getString("orderId")).isNull();
        JsonPath released = workOrder(orderId);
        assertThat((Object) released.get("nextStepAt")).isNull();
        assertThat(released.getList("history.detail", String.class)).last().asString()
                .isEqualTo("attempt 1 reported back after the order was cancelled; its result is dropped; handset "
                        + reserved.imei() + " went back to stock");
        assertThat(awaitFactoryEvents(orderId, 3, QUIET)).extracting(Envelope::type)
                .containsExactly("HandsetReserved", "BuildCancelled");
    }

    @Test
    void aCancelledOrderWhoseFlashStationNeverReportsBackGetsItsHandsetBackWhenTheLeaseEnds() {
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, "lumo-pro", "ink", 128, "lumo"));
        HandsetReserved reserved = awaitFactoryEvent(orderId, HandsetReserved.class, WAIT);
        Instant leaseEnd = clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS);
        FlashAssignment job = claimedByAFlashStation(orderId, leaseEnd);
        send(new CancelBuild(orderId, "the shopper cancelled"));
        awaitFactoryEvent(orderId, BuildCancelled.class, WAIT);

        QuarkusTransaction.requiringNew().call(() -> cancellations.releaseHandsetsOfLapsedLeases(
                leaseEnd.minusSeconds(1)));
        assertThat(handset(reserved.imei()).getString("status")).isEqualTo("RESERVED");

        QuarkusTransaction.requiringNew().call(() -> cancellations.releaseHandsetsOfLapsedLeases(leaseEnd));
        assertThat(handset(reserved.imei()).getString("status")).isEqualTo("AVAILABLE");
        assertThat(workOrder(orderId).getList("history.detail", String.class)).last().asString()
                .startsWith("the flash station working attempt 1 did not report back within its lease");

        // the station that never reported back finally does: dropped, and the handset is not touched again
        assertThat(QuarkusTransaction.requiringNew().call(() -> flashClaims.flashAttemptFailed(job, "flash",
                "cable pulled", Optional.empty()))).isFalse();
        assertThat(handset(reserved.imei()).getString("status")).isEqualTo("AVAILABLE");
        JsonPath order = workOrder(orderId);
        assertThat(order.getString("status")).isEqualTo("CANCELLED");
        assertThat(order.getList("history.detail", String.class)).last().asString()
                .isEqualTo("attempt 1 reported back after the order was cancelled; its result is dropped");
    }

    @Test
    void aCancelWhileTheRealFlashStationIsBootingTheHandsetGivesItBackOnlyOnceTheStationIsDone() throws Exception {
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, "nordvik-tundra", "snow", 256, "nordvik"));
        HandsetReserved reserved = awaitFactoryEvent(orderId, HandsetReserved.class, WAIT);
        try {
            // the handset takes 6 s to boot: the station is still at work when the cancel arrives
            fault(reserved.imei(), "boot-delay 6000");
            String fingerprint = Bundles.fingerprint("nordvik-tundra", orderId);
            TestBundles.Bundle bundle = Bundles.make("nordvik-tundra", fingerprint);
            send(new FlashHandset(orderId, Bundles.serve("/bundles/" + orderId + ".zip", bundle), bundle.sha256(),
                    fingerprint));
            FlashingStarted started = awaitFactoryEvent(orderId, FlashingStarted.class, WAIT);
            assertThat(started).isEqualTo(new FlashingStarted(orderId, reserved.imei(), 1));

            send(new CancelBuild(orderId, "the shopper cancelled"));

            BuildCancelled cancelled = awaitFactoryEvent(orderId, BuildCancelled.class, WAIT);
            assertThat(cancelled.detail()).contains("goes back to stock once the flash station");
            assertThat(handset(reserved.imei()).getString("status")).isEqualTo("RESERVED");
            await().atMost(WAIT).untilAsserted(() ->
                    assertThat(handset(reserved.imei()).getString("status")).isEqualTo("AVAILABLE"));
            assertThat(workOrder(orderId).getList("history.detail", String.class))
                    .contains("attempt 1 reported back after the order was cancelled; its result is dropped; handset "
                            + reserved.imei() + " went back to stock");
            assertThat(awaitFactoryEvents(orderId, 4, QUIET)).extracting(Envelope::type)
                    .containsExactly("HandsetReserved", "FlashingStarted", "BuildCancelled");
        } finally {
            fault(reserved.imei(), "clear");
        }
    }

    @Test
    void aCancelAfterPackingCancelsTheParcelsBookingSoTheCarrierNeverCollectsItAndTheHandsetGoesBack() {
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, "nordvik-fjord", "birch", 128, "nordvik"));
        HandsetReserved reserved = awaitFactoryEvent(orderId, HandsetReserved.class, WAIT);
        String trackingNumber = QuarkusTransaction.requiringNew().call(() -> {
            WorkOrder order = WorkOrder.findById(orderId);
            Carrier.Booking booking = carrier.book(orderId, clock.instant());
            order.status = WorkOrderStatus.PACKED; // as if flashed, checked and packed; collected only tomorrow
            order.carrier = booking.carrier();
            order.trackingNumber = booking.trackingNumber();
            order.nextStepAt = clock.instant().plus(Duration.ofDays(1));
            return booking.trackingNumber();
        });

        send(new CancelBuild(orderId, "cancelled by support: the customer moved abroad"));

        BuildCancelled cancelled = awaitFactoryEvent(orderId, BuildCancelled.class, WAIT);
        assertThat(cancelled.releasedImei()).isEqualTo(reserved.imei());
        assertThat(cancelled.detail()).contains("parcel " + trackingNumber + " stays at the factory: its booking with "
                + carrier.name() + " is cancelled, and the handset is unpacked");
        assertThat(handset(reserved.imei()).getString("status")).isEqualTo("AVAILABLE");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> carrier.handOver(trackingNumber,
                clock.instant()))).hasMessageContaining("no open booking " + trackingNumber);
        assertThat(QuarkusTransaction.requiringNew().call(() -> carrier.cancel(trackingNumber, clock.instant())))
                .as("cancelling again").isTrue();
    }

    @Test
    void aCancelAfterShippingReleasesNothingBecauseTheParcelIsWithTheCarrier() {
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, "nordvik-tundra", "snow", 256, "nordvik"));
        HandsetReserved reserved = awaitFactoryEvent(orderId, HandsetReserved.class, WAIT);
        QuarkusTransaction.requiringNew().run(() -> {
            WorkOrder order = WorkOrder.findById(orderId);
            order.status = WorkOrderStatus.QA_PASSED; // as if flashed and checked: packed and shipped at once
            order.nextStepAt = clock.instant();
        });
        Shipped shipped = awaitFactoryEvent(orderId, Shipped.class, WAIT);
        LocalDate day = LocalDate.parse(workOrder(orderId).getString("slotDay"));
        int bookedBefore = Calendar.booked(day);

        send(new CancelBuild(orderId, "the shopper cancelled"));

        BuildCancelled cancelled = awaitFactoryEvent(orderId, BuildCancelled.class, WAIT);
        assertThat(cancelled.releasedImei()).isNull();
        assertThat(cancelled.detail()).isEqualTo("the parcel is with the carrier " + shipped.carrier() + " (tracking "
                + shipped.trackingNumber() + "): the handset has left the factory, nothing was released");
        JsonPath order = workOrder(orderId);
        assertThat(order.getString("status")).isEqualTo("SHIPPED");
        assertThat(order.getString("slotDay")).isEqualTo(day.toString());
        assertThat(order.getList("history.step", String.class)).last().isEqualTo("cancel");
        assertThat(handset(reserved.imei()).getString("status")).isEqualTo("SHIPPED");
        assertThat(Calendar.booked(day)).isEqualTo(bookedBefore);
    }

    /**
     * Plays a flash worker that claimed the order: FLASHING with an image, its lease ending at leaseEnd (a day ahead,
     * out of the running workers' reach); returns the assignment the worker holds.
     */
    private FlashAssignment claimedByAFlashStation(String orderId, Instant leaseEnd) {
        return QuarkusTransaction.requiringNew().call(() -> {
            WorkOrder order = WorkOrder.findById(orderId);
            Instant now = clock.instant();
            order.imageUrl = "http://127.0.0.1:1/" + orderId + ".zip";
            order.imageDigest = "00";
            order.imageFingerprint = "fp";
            WorkOrderStates.move(order, WorkOrderStatus.FLASH_PENDING, leaseEnd, now);
            WorkOrderStates.move(order, WorkOrderStatus.FLASHING, leaseEnd, now);
            order.attempts = 1;
            Panache.getEntityManager().flush();
            return new FlashAssignment(order.orderId, order.version, order.attempts, order.imageUrl,
                    order.imageDigest, order.imageFingerprint, order.variant(), order.imei, order.maker);
        });
    }

    private static void fault(String imei, String fault) throws Exception {
        JsonPath handset = handset(imei);
        try (FastbootClient client = FastbootClient.connect(handset.getString("stationHost"),
                handset.getInt("stationPort"), Duration.ofSeconds(10))) {
            client.command("oem fault " + fault);
        }
    }

    private static JsonPath handset(String imei) {
        return given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR)).get("/api/handsets/" + imei).then()
                .statusCode(200).extract().jsonPath();
    }

    private static JsonPath workOrder(String orderId) {
        return workOrderIfAny(orderId).orElseThrow(() -> new AssertionError("no work order " + orderId));
    }

    private static Optional<JsonPath> workOrderIfAny(String orderId) {
        var response = given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT))
                .get("/api/work-orders/" + orderId).then().extract();
        return response.statusCode() == 200 ? Optional.of(response.jsonPath()) : Optional.empty();
    }
}

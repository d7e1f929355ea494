package com.phonesmith.factory.workorder;

import static com.phonesmith.factory.support.WorkflowCommands.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.phonesmith.contracts.events.ExpediteBuild;
import com.phonesmith.contracts.events.ScheduleBuild;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.factory.capacity.CapacityService;
import com.phonesmith.factory.support.Calendar;
import com.phonesmith.factory.support.RealInfrastructure;
import com.phonesmith.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Work orders booked on the capacity calendar, planned earliest deadline first, and expedited by support. */
@QuarkusTest
class ScheduleTest extends RealInfrastructure {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    CapacityService capacity;

    /** An order of a variant nobody stocks: it waits for a handset, so it stays movable for the whole test. */
    private static String scheduleWaitingOrder() {
        String orderId = UUID.randomUUID().toString();
        send(new ScheduleBuild(orderId, "nowhere-phone", "grey", 32, "nowhere"));
        return orderId;
    }

    private static JsonPath workOrder(String orderId, String role) {
        return await().atMost(WAIT).until(() -> given().auth().oauth2(TestTokens.get().forRole(role))
                .get("/api/work-orders/" + orderId).then().extract(), r -> r.statusCode() == 200).jsonPath();
    }

    @Test
    void aNewOrderIsBookedOnTheFirstDayWithRoomAndMustShipInTimeForTheSevenDayPromise() {
        LocalDate today = Calendar.today();
        JsonPath order = workOrder(scheduleWaitingOrder(), Roles.SUPPORT);
        assertThat(order.getString("slotDay")).isEqualTo(today.toString());
        assertThat(order.getString("shipBy")).isEqualTo(today.plusDays(5).toString());
        assertThat(order.getBoolean("expedited")).isFalse();
        assertThat(Calendar.booked(today)).isPositive();
    }

    @Test
    void whenTodayIsFullTheNextOrderIsBookedTomorrowAndExpeditingItMovesTheYoungestOrderOut() {
        LocalDate today = Calendar.today();
        int todaysCapacity = Calendar.capacity(today);
        try {
            assertThat(Calendar.setCapacity(today, Calendar.booked(today) + 1)).isEqualTo(200);
            String first = scheduleWaitingOrder();
            assertThat(workOrder(first, Roles.SUPPORT).getString("slotDay")).isEqualTo(today.toString());
            String second = scheduleWaitingOrder();
            assertThat(workOrder(second, Roles.SUPPORT).getString("slotDay"))
                    .isEqualTo(today.plusDays(1).toString());

            given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT))
                    .post("/api/work-orders/" + second + "/expedite").then().statusCode(200)
                    .body("expedited", equalTo(true))
                    .body("slotDay", equalTo(today.toString()));
            assertThat(workOrder(first, Roles.SUPPORT).getString("slotDay")).isEqualTo(today.plusDays(1).toString());
            assertThat(workOrder(second, Roles.SUPPORT).getList("history.step")).contains("expedite");
            assertThat(Calendar.booked(today)).isEqualTo(Calendar.capacity(today));
        } finally {
            Calendar.setCapacity(today, todaysCapacity);
        }
    }

    @Test
    void manyBookingsAtOnceNeverTakeMoreThanADaysRoom() throws Exception {
        LocalDate today = Calendar.today();
        int todaysCapacity = Calendar.capacity(today);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            assertThat(Calendar.setCapacity(today, Calendar.booked(today) + 5)).isEqualTo(200);
            List<Future<Optional<LocalDate>>> bookings = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Callable<Optional<LocalDate>> booking = () -> QuarkusTransaction.requiringNew()
                        .call(() -> capacity.book(Instant.now()));
                bookings.add(pool.submit(booking));
            }
            int todays = 0;
            for (Future<Optional<LocalDate>> booking : bookings) {
                if (booking.get().orElseThrow().equals(today)) {
                    todays++;
                }
            }
            assertThat(todays).isEqualTo(5);
            assertThat(Calendar.booked(today)).isEqualTo(Calendar.capacity(today));
        } finally {
            pool.shutdownNow();
            // the bookings above have no work orders: planning again counts only real ones
            given().auth().oauth2(TestTokens.get().forRole(Roles.ADMIN)).post("/api/schedule/replan")
                    .then().statusCode(200);
            Calendar.setCapacity(today, todaysCapacity);
        }
    }

    @Test
    void aDayCannotBeGivenLessCapacityThanItHasBooked() {
        LocalDate today = Calendar.today();
        workOrder(scheduleWaitingOrder(), Roles.SUPPORT);
        given().auth().oauth2(TestTokens.get().forRole(Roles.ADMIN)).contentType("application/json")
                .body("{\"capacity\": 0}").put("/api/capacity/" + today).then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("capacity"));
        given().auth().oauth2(TestTokens.get().forRole(Roles.ADMIN)).contentType("application/json")
                .body("{\"capacity\": -3}").put("/api/capacity/" + today.plusDays(40)).then().statusCode(400)
                .body("errors[0].field", equalTo("capacity"));
        given().auth().oauth2(TestTokens.get().forRole(Roles.ADMIN)).contentType("application/json")
                .body("{\"capacity\": 3}").put("/api/capacity/tomorrow").then().statusCode(400)
                .body("errors[0].field", equalTo("day"));
    }

    @Test
    void planningAgainReportsWhatItDidAndKeepsEveryDayWithinItsCapacity() {
        scheduleWaitingOrder();
        JsonPath result = given().auth().oauth2(TestTokens.get().forRole(Roles.SUPPORT))
                .post("/api/schedule/replan").then().statusCode(200).extract().jsonPath();
        assertThat(result.getInt("planned")).isPositive();
        assertThat(result.getInt("unscheduled")).isZero();
        List<Integer> free = given().auth().oauth2(TestTokens.get().forRole(Roles.OPERATOR))
                .get("/api/capacity?days=30").then().statusCode(200).extract().jsonPath().getList("free");
        assertThat(free).hasSize(30).allSatisfy(f -> assertThat(f).isNotNegative());
    }

    @Test
    void expeditingCanComeFromTheWorkflowAsACommandWithTheSupportAccountThatAskedForIt() {
        String orderId = scheduleWaitingOrder();
        workOrder(orderId, Roles.SUPPORT);

        send(new ExpediteBuild(orderId, "support-ana"));

        await().atMost(WAIT).until(() -> workOrder(orderId, Roles.SUPPORT).getBoolean("expedited"));
        assertThat(workOrder(orderId, Roles.SUPPORT).getList("history.detail", String.class))
                .anyMatch(detail -> detail.startsWith("expedited by support-ana"));
    }
}

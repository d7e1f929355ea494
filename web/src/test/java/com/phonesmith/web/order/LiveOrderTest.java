package com.phonesmith.web.order;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.Orders;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order page's live part, pushed as server-sent events: web relays order-workflow's live timeline (played by the
 * fake, which pushes whenever a test sets another timeline) and renders the part again for the viewer.
 */
@QuarkusTest
class LiveOrderTest extends RealInfrastructure {
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final Orders.Entry PLACED = new Orders.Entry("2026-11-25T09:15:02Z", "OrderPlaced", "placed");
    private static final Orders.Entry IMAGE_READY = new Orders.Entry("2026-11-25T09:16:40Z", "ImageReady",
            "image sha256:4f2a signed");
    private static final Orders.Entry DELIVERED = new Orders.Entry("2026-11-27T11:00:00Z", "Delivered",
            "Delivered by PostNord");

    @TestHTTPResource("/")
    URI base;

    private final FakeBackends backends = FakeBackends.get();

    @Test
    void thePartComesAtOnceThenAfterEveryChangeAndTheStreamEndsWithDoneOnceTheOrderIsDelivered() throws Exception {
        String id = placed();
        timeline(id, "PLACED", PLACED);

        try (SseReader stream = SseReader.open(live(id))) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            SseReader.Event first = stream.next(BOUND);
            assertThat(first.name()).isEqualTo("progress");
            assertThat(first.data()).startsWith("<section id=\"order-progress\"").contains("OrderPlaced",
                    "data-live=\"true\"").doesNotContain("<html", "ImageReady");

            timeline(id, "IMAGE_READY", PLACED, IMAGE_READY);
            SseReader.Event second = stream.next(BOUND);
            assertThat(second.name()).isEqualTo("progress");
            assertThat(second.data()).contains("ImageReady", "image sha256:4f2a signed", "Image ready");

            timeline(id, "DELIVERED", PLACED, IMAGE_READY, DELIVERED);
            SseReader.Event last = stream.next(BOUND);
            assertThat(last.data()).contains("Delivered by PostNord", "data-live=\"false\"");
            assertThat(stream.next(BOUND).name()).isEqualTo("done");
            assertThat(stream.next(BOUND)).isEqualTo(SseReader.END);
        }
    }

    @Test
    void theStreamOfAnOrderAlreadyDeliveredSaysDoneAtOnceWithoutWaitingForChanges() throws Exception {
        String id = placed();
        timeline(id, "DELIVERED", PLACED, DELIVERED);

        try (SseReader stream = SseReader.open(live(id))) {
            assertThat(stream.next(BOUND).data()).contains("data-live=\"false\"");
            assertThat(stream.next(BOUND).name()).isEqualTo("done");
            assertThat(stream.next(BOUND)).isEqualTo(SseReader.END);
        }
    }

    @Test
    void nobodyWithoutASessionOrTheTrackingLinkGetsAStreamAndAnUnknownOrderIsNotFound() {
        String id = placed();
        timeline(id, "PLACED", PLACED);

        given().accept("text/event-stream").get("/orders/" + id + "/live").then().statusCode(404);
        given().accept("text/event-stream").get("/orders/" + Orders.freshId() + "/live?token="
                + OrderPageTest.TOKEN).then().statusCode(404);
        given().accept("text/event-stream").get("/orders/not%20an%20id/live").then().statusCode(400);
    }

    private URI live(String id) {
        return base.resolve("/orders/" + id + "/live?token=" + OrderPageTest.TOKEN);
    }

    private String placed() {
        String id = Orders.freshId();
        backends.configurator().json(Orders.orderPath(id), Orders.order(id, "PLACED"));
        return id;
    }

    private void timeline(String id, String status, Orders.Entry... entries) {
        backends.workflow().json(Orders.timelinePath(id), Orders.timeline(id, status, List.of(entries)));
    }
}

package com.phonesmith.configurator.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.phonesmith.devstack.Ports;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client of factory-adapter's promise against a fake factory (a JDK HTTP server), without Quarkus. */
class FactoryClientTest {
    private static final VariantCode VARIANT = new VariantCode("nordvik-one", "black", 128);
    private static final Duration TIMEOUT = Duration.ofMillis(500);

    private final FakeFactory factory = FakeFactory.start();
    private final FactoryClient client = new FactoryClient(URI.create(factory.url() + "/"), TIMEOUT);

    @AfterEach
    void stopFactory() {
        factory.close();
    }

    @Test
    void theFactoryIsAskedForTheVariantByItsCodesAndItsAnswerIsRead() throws Exception {
        factory.promise("nordvik-one", "black", 128, "2026-12-02", "2026-12-04");

        FactoryAnswer answer = client.ask(VARIANT);

        assertThat(factory.lastQuery()).isEqualTo("model=nordvik-one&colour=black&storageGb=128");
        assertThat(answer).isEqualTo(new FactoryAnswer("nordvik-one", "black", 128, true,
                LocalDate.parse("2026-12-02"), LocalDate.parse("2026-12-04"), null));
    }

    @Test
    void codesAreSentEncoded() throws Exception {
        factory.promise(FakeFactory.answerJson("a&b", "c d", 64, false, null, null, "no stock"));

        assertThat(client.ask(new VariantCode("a&b", "c d", 64)).reason()).isEqualTo("no stock");
        assertThat(factory.lastQuery()).isEqualTo("model=a%26b&colour=c+d&storageGb=64");
    }

    @Test
    void aFactoryThatIsDownGivesNoAnswer() {
        FactoryClient nobodyListens = new FactoryClient(URI.create("http://127.0.0.1:" + Ports.free()), TIMEOUT);

        assertThatThrownBy(() -> nobodyListens.ask(VARIANT)).isInstanceOf(FactoryException.class)
                .hasMessageStartingWith("cannot be reached");
    }

    @Test
    void aFactoryThatAnswersTooLateGivesNoAnswerWithinTheTimeout() {
        factory.answer(200, "application/json", FakeFactory.answerJson("nordvik-one", "black", 128, true,
                "2026-12-02", "2026-12-04", null), Duration.ofSeconds(3));
        long start = System.nanoTime();

        assertThatThrownBy(() -> client.ask(VARIANT)).isInstanceOf(FactoryException.class)
                .hasMessage("no answer within 500 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2000));
    }

    @Test
    void anythingButAReadablePromiseIsNoAnswer() {
        String tooLong = FakeFactory.answerJson("nordvik-one", "black", 128, false, null, null,
                "x".repeat(FactoryClient.MAX_ANSWER_BYTES));
        assertNoAnswer(500, "application/json", "{}", "answered HTTP 500");
        assertNoAnswer(400, "application/problem+json", "{\"status\":400}", "answered HTTP 400");
        assertNoAnswer(200, "text/html", "<html></html>", "answered text/html, not JSON");
        assertNoAnswer(200, "application/json", "{\"model\":", "the answer is not JSON");
        assertNoAnswer(200, "application/json", "[]", "the answer is not a JSON object");
        assertNoAnswer(200, "application/json", tooLong, "more than a promise takes");
        assertNoAnswer(200, "application/json", """
                {"model":"nordvik-one","colour":"black","storageGb":"128","promisable":true}""",
                "storageGb is not a whole number");
        assertNoAnswer(200, "application/json", """
                {"model":"nordvik-one","colour":"black","storageGb":128,"promisable":"yes"}""",
                "promisable is not true or false");
        assertNoAnswer(200, "application/json", """
                {"colour":"black","storageGb":128,"promisable":true}""", "model is missing");
        assertNoAnswer(200, "application/json", """
                {"model":"nordvik-one","colour":"black","storageGb":128,"promisable":true,"shipDate":"soon"}""",
                "shipDate is not a date");
        assertNoAnswer(200, "application/json", """
                {"model":"nordvik-one","colour":"black","storageGb":128,"promisable":false,"reason":42}""",
                "reason is not text");
    }

    private void assertNoAnswer(int status, String contentType, String body, String why) {
        factory.answer(status, contentType, body, Duration.ZERO);

        assertThatThrownBy(() -> client.ask(VARIANT)).as(body).isInstanceOf(FactoryException.class)
                .hasMessageContaining(why);
    }
}

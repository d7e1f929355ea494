package com.phonesmith.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.EscalatedOrder;
import com.phonesmith.web.fake.Escalations;
import com.phonesmith.web.fake.FakeBackend;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.Orders;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Support's "Add a note" on the order page: order-workflow puts the note on the timeline, for staff only. */
@QuarkusTest
class SupportNotesTest extends RealInfrastructure {
    private static final String NOTE_ERROR = "<p class=\"field-error\" id=\"note-text-error\" role=\"alert\">";
    private final FakeBackend workflow = FakeBackends.get().workflow();

    @AfterEach
    void noEscalatedOrdersForTheTestsThatFollow() {
        Escalations.none();
    }

    @Test
    void supportAddsANoteFromTheOrderPageAndReadsItOnTheTimeline() throws Exception {
        EscalatedOrder order = EscalatedOrder.atRisk();
        WebSessions.Session support = WebSessions.signInDemo("support");
        String page = support.given().get("/orders/" + order.id()).then().statusCode(200).extract().asString();
        assertThat(page).contains("<form action=\"/orders/" + order.id() + "/notes\" method=\"post\"",
                "<label for=\"note-text\">Note (required, at most 2000 characters)</label>", "maxlength=\"2000\"");

        String location = support.form().formParam("text", "  Called the shopper: they accept a day's delay.  ")
                .post("/orders/" + order.id() + "/notes").then().statusCode(303).extract().header("Location");

        FakeBackend.Received note = workflow.lastRequest(order.notesPath());
        assertThat(note.body()).isEqualTo("{\"text\":\"Called the shopper: they accept a day's delay.\"}");
        JwtClaims claims = Tokens.verifyBearer(note.header("Authorization"));
        assertThat(claims.getClaimValue("groups")).isEqualTo(List.of("support"));
        assertThat(location).endsWith("/orders/" + order.id() + "?noted=1");
        String after = support.given().get(location).then().statusCode(200).extract().asString();
        assertThat(after).contains("<p class=\"notice\" role=\"status\" id=\"note-added\">Your note is on the order's"
                + " timeline", "<td class=\"entry-type\">SupportNote</td>",
                "<td>Note by support (support): Called the shopper: they accept a day&#39;s delay.</td>");
    }

    @Test
    void anEmptyNoteShowsTheFormAgainWithTheErrorBesideTheFieldAndNothingIsSent() {
        EscalatedOrder order = EscalatedOrder.atRisk();

        String html = WebSessions.signInDemo("support").form().formParam("text", "   ")
                .post("/orders/" + order.id() + "/notes").then().statusCode(400)
                .contentType(containsString("text/html")).extract().asString();

        assertThat(html).contains("<form action=\"/orders/" + order.id() + "/notes\"", "aria-invalid=\"true\"",
                NOTE_ERROR + "Write the note: it goes on the order&#39;s timeline, where staff read it.</p>")
                .doesNotContain("Exception", "id=\"note-added\"");
        assertThat(workflow.lastRequest(order.notesPath())).isNull();
    }

    @Test
    void aNoteOverTwoThousandCharactersIsRefusedBesideTheFieldKeepingWhatWasTyped() {
        EscalatedOrder order = EscalatedOrder.atRisk();
        String typed = "x".repeat(2001);

        String html = WebSessions.signInDemo("support").form().formParam("text", typed)
                .post("/orders/" + order.id() + "/notes").then().statusCode(400).extract().asString();

        assertThat(html).contains(NOTE_ERROR + "The note must be at most 2000 characters long (it has 2001).</p>",
                ">" + typed + "</textarea>");
        assertThat(workflow.lastRequest(order.notesPath())).isNull();
    }

    @Test
    void orderWorkflowsRefusalOfTheTextIsShownBesideTheField() {
        EscalatedOrder order = EscalatedOrder.atRisk().refusingNotes("must not hold a card number");

        String html = WebSessions.signInDemo("support").form().formParam("text", "card 4111 1111 1111 1111")
                .post("/orders/" + order.id() + "/notes").then().statusCode(400).extract().asString();

        assertThat(html).contains(NOTE_ERROR + "The note must not hold a card number.</p>",
                ">card 4111 1111 1111 1111</textarea>").doesNotContain("Exception");
        assertThat(order.notes()).isEmpty();
    }

    @Test
    void aNoteOnAnOrderNobodyKnowsIsANotFoundPage() {
        String unknown = Orders.freshId();

        WebSessions.signInDemo("support").form().formParam("text", "hello").post("/orders/" + unknown + "/notes")
                .then().statusCode(404).body(containsString("Order not found"));
    }

    @Test
    void theShopperSeesNeitherTheNoteFormNorTheStaffEntriesAndTheDeliveryDateOnce() {
        EscalatedOrder order = EscalatedOrder.atRisk();
        WebSessions.signInDemo("support").form().formParam("text", "internal: factory is behind")
                .post("/orders/" + order.id() + "/notes").then().statusCode(303);

        String html = WebSessions.signInDemo("shopper").given().get("/orders/" + order.id()).then().statusCode(200)
                .extract().asString();

        assertThat(html).doesNotContain("id=\"add-note\"", "factory is behind", "SupportNote", "AtRisk")
                .contains("<td class=\"entry-type\">OrderPlaced</td>");
        assertThat(html.split("datetime=\"2026-12-05\"", -1)).as("the promised day, shown once").hasSize(2);
        assertThat(html).contains("<dd id=\"delivery\">Promised by <time datetime=\"2026-12-05\">Saturday 5 December"
                + "</time>");
    }

    @Test
    void shoppersGet403AndGuestsAreAskedToSignInAndNoNoteIsSent() {
        EscalatedOrder order = EscalatedOrder.atRisk();

        WebSessions.signInDemo("shopper").form().formParam("text", "let me in").post("/orders/" + order.id()
                + "/notes").then().statusCode(403);
        WebSessions.Csrf guest = WebSessions.newBrowser();
        guest.given().contentType("application/x-www-form-urlencoded").formParam("csrf", guest.token())
                .formParam("text", "hello").post("/orders/" + order.id() + "/notes").then().statusCode(303)
                .header("Location", containsString("/login"));

        assertThat(workflow.lastRequest(order.notesPath())).isNull();
    }

    @Test
    void aNoteWithoutTheFormsCsrfTokenIsRefused() {
        EscalatedOrder order = EscalatedOrder.atRisk();

        WebSessions.signInDemo("support").given().contentType("application/x-www-form-urlencoded")
                .formParam("text", "hello").post("/orders/" + order.id() + "/notes").then().statusCode(403)
                .body(containsString("This form has expired")).body(not(containsString("Exception")));

        assertThat(workflow.lastRequest(order.notesPath())).isNull();
    }
}

package com.phonesmith.web.configure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.phonesmith.web.RealInfrastructure;
import com.phonesmith.web.fake.FakeBackends;
import com.phonesmith.web.fake.Orders;
import com.phonesmith.web.support.WebSessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The configurator page as web renders configurator-api's answer (played by a fake here; e2e runs the real one). */
@QuarkusTest
class ConfigurePageTest extends RealInfrastructure {
    private static final String EVALUATE = "/api/configurations/evaluate";
    private static final String PROMISE = "/api/promise";
    private final FakeBackends backends = FakeBackends.get();

    private static final String ANSWER = """
            {"maker":"lumo","model":"lumo-one","modelName":"Lumo One","colour":"ink","storageGb":64,"consistent":true,
             "options":[
              {"code":"games-pack","name":"Games Pack","description":"Twelve games","kind":"app","group":null,
               "groupKind":null,"priceMinor":999,"installMb":24576,"byDefault":false,"status":"CHOSEN",
               "inConfiguration":true,"why":"","fixes":[]},
              {"code":"firefox","name":"Firefox","description":"Browser","kind":"app","group":"browser",
               "groupKind":"AT_LEAST_ONE","priceMinor":0,"installMb":280,"byDefault":true,"status":"OPEN",
               "inConfiguration":true,"why":"","fixes":[]},
              {"code":"osmand","name":"OsmAnd","description":"Maps","kind":"app","group":null,"groupKind":null,
               "priceMinor":0,"installMb":8192,"byDefault":false,"status":"EXCLUDED","inConfiguration":false,
               "why":"OsmAnd needs 8 GB free; with 64 GB storage and the apps you chose, 3 GB are left. Choose 128 GB, or remove Games Pack.",
               "fixes":[{"label":"Choose 128 GB","selection":{"colour":"ink","storageGb":128,"chosen":["games-pack","osmand"],"removed":[]}},
                        {"label":"Remove Games Pack","selection":{"colour":"ink","storageGb":64,"chosen":["osmand"],"removed":["games-pack"]}}]}],
             "colours":[{"value":"ink","chosen":true,"possible":true,"why":"","fixes":[]},
                        {"value":"coral","chosen":false,"possible":true,"why":"","fixes":[]}],
             "storages":[{"value":"64","chosen":true,"possible":true,"why":"","fixes":[]},
                         {"value":"128","chosen":false,"possible":true,"why":"","fixes":[]}],
             "conflict":null,
             "configuration":{"colour":"ink","storageGb":64,"ramGb":8,"features":[],"apps":["firefox","games-pack"],
                              "installMb":24856,"freeMb":53248},
             "price":{"lines":[{"kind":"handset","code":"lumo-one","name":"Lumo One, ink, 64 GB","amountMinor":24900},
                               {"kind":"app","code":"games-pack","name":"Games Pack","amountMinor":999},
                               {"kind":"app","code":"firefox","name":"Firefox","amountMinor":0}],
                      "totalMinor":25899,"taxMinor":4317,"taxPercent":20,"currency":"EUR"}}
            """;

    private static Document page(String address) {
        Response response = given().redirects().follow(false).when().get(address);
        response.then().statusCode(200).contentType("text/html");
        return Jsoup.parse(response.asString());
    }

    @Test
    void thePageAsksTheRulesWithTheDecisionsOfItsAddress() {
        backends.configurator().answerPost(EVALUATE, 200, "application/json", ANSWER, Map.of());

        page("/configure/lumo-one?colour=ink&storage=64&chosen=games-pack");

        assertThat(backends.configurator().lastRequest(EVALUATE).body()).contains("\"model\":\"lumo-one\"",
                "\"colour\":\"ink\"", "\"storageGb\":64", "\"chosen\":[\"games-pack\"]", "\"removed\":[]");
    }

    @Test
    void eachOptionSaysWhatAClickDoesOrWhyTheRulesHoldItWithLinksThatFixIt() {
        backends.configurator().answerPost(EVALUATE, 200, "application/json", ANSWER, Map.of());

        Document page = page("/configure/lumo-one?colour=ink&storage=64&chosen=games-pack");

        assertThat(page.getElementById("toggle-option-games-pack").text()).isEqualTo("Remove Games Pack");
        assertThat(page.getElementById("toggle-option-games-pack").attr("href"))
                .isEqualTo("/configure/lumo-one?colour=ink&storage=64");
        assertThat(page.getElementById("toggle-option-firefox").attr("href"))
                .isEqualTo("/configure/lumo-one?colour=ink&storage=64&chosen=games-pack&removed=firefox");
        assertThat(page.getElementById("toggle-option-osmand")).isNull();
        assertThat(page.getElementById("option-osmand").select(".why").text()).startsWith("OsmAnd needs 8 GB free");
        assertThat(page.getElementById("fix-osmand-0").text()).isEqualTo("Choose 128 GB to add OsmAnd");
        assertThat(page.getElementById("fix-osmand-0").attr("href"))
                .isEqualTo("/configure/lumo-one?colour=ink&storage=128&chosen=games-pack&chosen=osmand");
        assertThat(page.getElementById("storage-128").attr("href"))
                .isEqualTo("/configure/lumo-one?colour=ink&storage=128&chosen=games-pack");
        assertThat(page.getElementById("total").text()).isEqualTo("€258.99");
        assertThat(page.select("form.checkout-form input[name=variant]").val()).isEqualTo("lumo-one|ink|64");
        assertThat(page.select("form.checkout-form input[name=apps]").eachAttr("value")).containsExactly("games-pack");
    }

    @Test
    void theChosenColourAndStorageShowWhenThePhoneIsDeliveredAndWhenItShips() {
        backends.configurator().answerPost(EVALUATE, 200, "application/json", ANSWER, Map.of());
        backends.configurator().json(PROMISE, Orders.promise("lumo-one", "ink", 64, true, "2026-12-02", "2026-12-04",
                null));

        Document page = page("/configure/lumo-one?colour=ink&storage=64&chosen=games-pack");

        assertThat(backends.configurator().lastRequest(PROMISE).pathAndQuery())
                .isEqualTo(PROMISE + "?model=lumo-one&colour=ink&storageGb=64");
        assertThat(page.select("#delivery .delivery-date").text()).isEqualTo("Delivered by Friday 4 December");
        assertThat(page.select("#delivery .delivery-date time").attr("datetime")).isEqualTo("2026-12-04");
        assertThat(page.select("#delivery .delivery-ship").text()).isEqualTo("Ships Wednesday 2 December");
        assertThat(page.getElementById("configurator-status").text())
                .isEqualTo("Total €258.99. Delivered by Friday 4 December.");
    }

    @Test
    void aVariantTheFactoryCannotDeliverWithinSevenDaysSaysWhyInsteadOfADate() {
        backends.configurator().answerPost(EVALUATE, 200, "application/json", ANSWER, Map.of());
        backends.configurator().json(PROMISE, Orders.promise("lumo-one", "ink", 64, false, "2026-12-07",
                "2026-12-09", "the earliest delivery is Wed 9 Dec, beyond seven days"));

        Document page = page("/configure/lumo-one?colour=ink&storage=64&chosen=games-pack");

        assertThat(page.select("#delivery.delivery-none").text()).isEqualTo("No delivery date can be promised"
                + " The earliest delivery is Wed 9 Dec, beyond seven days.");
        assertThat(page.select("#delivery time")).isEmpty();
        assertThat(page.select("form.checkout-form")).hasSize(1);
    }

    @Test
    void withoutAnAnswerAboutDeliveryThePageStillWorksAndSaysThatNoDateCanBePromisedNow() {
        backends.configurator().answerPost(EVALUATE, 200, "application/json", ANSWER, Map.of());
        backends.configurator().answer(PROMISE, 503, "application/problem+json", "{\"status\":503}");

        Document page = page("/configure/lumo-one?colour=ink&storage=64&chosen=games-pack");

        assertThat(page.select("#delivery .delivery-reason").text())
                .isEqualTo("We cannot promise a delivery date right now.");
        assertThat(page.getElementById("total").text()).isEqualTo("€258.99");
    }

    @Test
    void untilColourAndStorageAreChosenThePageSaysWhatToChooseToSeeTheDelivery() {
        backends.configurator().answerPost(EVALUATE, 200, "application/json", ANSWER, Map.of());

        Document page = page("/configure/lumo-one?chosen=games-pack");

        assertThat(page.getElementById("delivery").text())
                .isEqualTo("Choose a colour and a storage size to see when it is delivered.");
    }

    @Test
    void decisionsThatConflictShowTheConflictAndItsFixesAndNoOrderForm() {
        backends.configurator().answerPost(EVALUATE, 200, "application/json", """
                {"maker":"lumo","model":"lumo-one","modelName":"Lumo One","colour":null,"storageGb":null,
                 "consistent":false,"options":[],"colours":[],"storages":[],
                 "conflict":{"why":"Work profile cannot be combined with Kids mode. Remove Work profile.",
                   "fixes":[{"label":"Remove Work profile","selection":{"colour":null,"storageGb":null,
                     "chosen":["kids-mode"],"removed":["work-profile"]}}]},
                 "configuration":null,"price":null}
                """, Map.of());

        Document page = page("/configure/lumo-one?chosen=work-profile&chosen=kids-mode");

        assertThat(page.select(".conflict[role=alert] p").text()).startsWith("Work profile cannot be combined");
        assertThat(page.getElementById("conflict-0").attr("href"))
                .isEqualTo("/configure/lumo-one?chosen=kids-mode&removed=work-profile");
        assertThat(page.select("form.checkout-form")).isEmpty();
    }

    @Test
    void anAddressTheCatalogRefusesIsANotFoundPageWithAWayBack() {
        backends.configurator().answerPost(EVALUATE, 422, "application/problem+json",
                "{\"status\":422,\"errors\":[{\"field\":\"model\",\"reason\":\"is not a model we sell\"}]}", Map.of());

        given().when().get("/configure/lumo-zero").then().statusCode(404).contentType("text/html")
                .body(org.hamcrest.Matchers.containsString("cannot be opened"));
    }

    @Test
    void savingTheConfigurationLeadsToItsShortLinkWhichReopensIt() {
        backends.configurator().answerPost(EVALUATE, 200, "application/json", ANSWER, Map.of());
        backends.configurator().answerPost("/api/configurations", 201, "application/json", SHARED, Map.of());
        backends.configurator().json("/api/configurations/7k3mzq2b", SHARED);
        WebSessions.Csrf browser = WebSessions.newBrowser();

        Document configure = page("/configure/lumo-one?colour=ink&storage=64&chosen=games-pack");
        assertThat(configure.select("form.share-form input[name=chosen]").eachAttr("value"))
                .containsExactly("games-pack");
        browser.given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", browser.token()).formParam("colour", "ink").formParam("storage", "64")
                .formParam("chosen", "games-pack").post("/configure/lumo-one/share")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/c/7k3mzq2b?saved=1"));
        assertThat(backends.configurator().lastRequest("/api/configurations").body()).contains(
                "\"model\":\"lumo-one\"", "\"colour\":\"ink\"", "\"storageGb\":64",
                "\"chosen\":[\"games-pack\"]");

        Document shared = page("/c/7k3mzq2b?saved=1");

        assertThat(shared.getElementById("shared-heading").text()).isEqualTo("Saved. Share this link");
        assertThat(shared.getElementById("share-link").val()).endsWith("/c/7k3mzq2b");
        assertThat(shared.getElementById("shared-changes").select("li").eachText())
                .containsExactly("coral is no longer offered for the Lumo One");
        assertThat(backends.configurator().lastRequest(EVALUATE).body()).contains("\"colour\":\"ink\"",
                "\"chosen\":[\"games-pack\"]");
    }

    @Test
    void aShareCodeNothingWasSavedUnderIsANotFoundPage() {
        backends.configurator().forget("/api/configurations/zzzzzzzz");

        given().when().get("/c/zzzzzzzz").then().statusCode(404).contentType("text/html")
                .body(org.hamcrest.Matchers.containsString("Nothing is saved under the code zzzzzzzz"));
    }

    private static final String SHARED = """
            {"code":"7k3mzq2b","savedAt":"2026-12-01T09:30:00Z",
             "saved":{"model":"lumo-one","colour":"coral","storageGb":64,"chosen":["games-pack"],"removed":[]},
             "reopened":{"model":"lumo-one","colour":"ink","storageGb":64,"chosen":["games-pack"],"removed":[]},
             "changes":[{"field":"colour","reason":"coral is no longer offered for the Lumo One"}]}
            """;
}

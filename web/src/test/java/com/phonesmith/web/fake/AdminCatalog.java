package com.phonesmith.web.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * configurator-api's admin API for the catalog as the fake plays it, for the admin only (403 for other callers):
 * {@code GET /api/admin/catalog/rules} (the rules, sorted), {@code POST} a rule (409 {@code rule} when it exists,
 * 422 {@code option}/{@code other} for an option the catalog does not have, 422 with the reasons under {@code rule}
 * for a rule a test said the audit refuses, else 201), {@code DELETE .../{kind}/{option}/{other}} (204, 404 for a
 * rule there is not), and {@code PUT /api/admin/catalog/options/{code}/price} (204, and {@code GET /api/catalog}
 * answers the new price; 400 {@code priceMinor} out of range). {@link #uninstall()} puts the canned catalog back.
 */
public final class AdminCatalog {
    public static final String RULES = "/api/admin/catalog/rules";
    public static final String CATALOG = "/api/catalog";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A rule as configurator-api names it. */
    public record Rule(String kind, String option, String other) {
        public String path() {
            return RULES + "/" + kind + "/" + option + "/" + other;
        }
    }

    private final FakeBackend configurator;
    private final String cannedCatalog;
    private final ObjectNode catalog;
    private final List<Rule> rules = new ArrayList<>();
    private final Map<Rule, List<String>> audit = new ConcurrentHashMap<>();

    private AdminCatalog(FakeBackend configurator, String cannedCatalog) {
        this.configurator = configurator;
        this.cannedCatalog = cannedCatalog;
        try {
            this.catalog = (ObjectNode) JSON.readTree(cannedCatalog);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Plays the admin API with two rules of the canned catalog: Navigator Pro requires microG, Desktop mode excludes
     * Work profile.
     */
    public static AdminCatalog install() {
        AdminCatalog fake = new AdminCatalog(FakeBackends.get().configurator(),
                resource("/fake-backends/catalog.json"));
        fake.configurator.respond("GET", CATALOG, request -> FakeBackend.Answer.json(200, fake.catalogJson()));
        fake.configurator.respond("GET", RULES, fake::list);
        fake.configurator.respond("POST", RULES, fake::add);
        for (String group : List.of("features", "apps")) {
            fake.catalog.path(group).forEach(option -> {
                String code = option.path("code").asText();
                fake.configurator.respond("PUT", pricePath(code), request -> fake.changePrice(code, request));
            });
        }
        fake.added(new Rule("REQUIRES", "navigator-pro", "microg"));
        fake.added(new Rule("EXCLUDES", "desktop-mode", "work-profile"));
        return fake;
    }

    public static String pricePath(String code) {
        return "/api/admin/catalog/options/" + code + "/price";
    }

    /** The audit refuses this rule: a POST of it answers 422 with these reasons under field {@code rule}. */
    public AdminCatalog refusing(Rule rule, String... reasons) {
        audit.put(rule, List.of(reasons));
        return this;
    }

    /** The option is gone from configurator-api (the page still lists it): a price change of it answers 404. */
    public AdminCatalog gone(String code) {
        configurator.respond("PUT", pricePath(code), request -> FakeBackend.Answer.problem(404, """
                {"type":"https://phonesmith.example/problems/404","title":"Not Found","status":404,\
                "detail":"no OS feature or app %s"}""".formatted(code)));
        return this;
    }

    public synchronized List<Rule> rules() {
        return List.copyOf(rules);
    }

    /** The option's price as the catalog answers it now. */
    public synchronized long priceOf(String code) {
        for (String group : List.of("features", "apps")) {
            for (JsonNode option : catalog.path(group)) {
                if (option.path("code").asText().equals(code)) {
                    return option.path("priceMinor").asLong();
                }
            }
        }
        throw new IllegalArgumentException("no option " + code);
    }

    /** The canned catalog again, and no rules (a 404 for the list), for the tests that follow. */
    public void uninstall() {
        configurator.json(CATALOG, cannedCatalog);
        configurator.forget(RULES);
    }

    private synchronized String catalogJson() {
        return catalog.toString();
    }

    private synchronized void added(Rule rule) {
        rules.add(rule);
        rules.sort(Comparator.comparing(Rule::option).thenComparing(Rule::other).thenComparing(Rule::kind));
        configurator.respond("DELETE", rule.path(), request -> remove(rule, request));
    }

    private synchronized FakeBackend.Answer list(FakeBackend.Received request) {
        if (!isAdmin(request)) {
            return forbidden();
        }
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode list = answer.putArray("rules");
        rules.forEach(r -> list.addObject().put("kind", r.kind()).put("option", r.option()).put("other", r.other()));
        return FakeBackend.Answer.json(200, answer.toString());
    }

    private synchronized FakeBackend.Answer add(FakeBackend.Received request) {
        if (!isAdmin(request)) {
            return forbidden();
        }
        JsonNode body = read(request.body());
        Rule rule = new Rule(body.path("kind").asText(), body.path("option").asText(), body.path("other").asText());
        List<String[]> unknown = new ArrayList<>();
        if (!known(rule.option())) {
            unknown.add(new String[] {"option", "is not an OS feature or app we offer"});
        }
        if (!known(rule.other())) {
            unknown.add(new String[] {"other", "is not an OS feature or app we offer"});
        }
        if (!unknown.isEmpty()) {
            return problem(422, "Unprocessable", unknown);
        }
        if (rules.contains(rule)) {
            return problem(409, "Conflict", List.<String[]>of(new String[] {"rule", "exists already"}));
        }
        List<String> reasons = audit.get(rule);
        if (reasons != null) {
            return problem(422, "Unprocessable", reasons.stream().map(r -> new String[] {"rule", r}).toList());
        }
        added(rule);
        return new FakeBackend.Answer(201, "application/json", "");
    }

    private synchronized FakeBackend.Answer remove(Rule rule, FakeBackend.Received request) {
        if (!isAdmin(request)) {
            return forbidden();
        }
        if (!rules.remove(rule)) {
            return FakeBackend.Answer.problem(404, """
                    {"type":"https://phonesmith.example/problems/404","title":"Not Found","status":404,\
                    "detail":"no rule %s %s %s"}""".formatted(rule.option(), rule.kind(), rule.other()));
        }
        return new FakeBackend.Answer(204, "application/json", "");
    }

    private synchronized FakeBackend.Answer changePrice(String code, FakeBackend.Received request) {
        if (!isAdmin(request)) {
            return forbidden();
        }
        long price = read(request.body()).path("priceMinor").asLong(-1);
        if (price < 0 || price > 100_000_000) {
            return problem(400, "Bad Request", List.<String[]>of(new String[] {"priceMinor",
                    "must be between 0 and 100000000"}));
        }
        for (String group : List.of("features", "apps")) {
            catalog.path(group).forEach(option -> {
                if (option.path("code").asText().equals(code)) {
                    ((ObjectNode) option).put("priceMinor", price);
                }
            });
        }
        return new FakeBackend.Answer(204, "application/json", "");
    }

    private boolean known(String code) {
        for (String group : List.of("features", "apps")) {
            for (JsonNode option : catalog.path(group)) {
                if (option.path("code").asText().equals(code)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isAdmin(FakeBackend.Received request) {
        return Caller.of(request).groups().contains("admin");
    }

    static FakeBackend.Answer forbidden() {
        return FakeBackend.Answer.problem(403, """
                {"type":"https://phonesmith.example/problems/403","title":"Forbidden","status":403}""");
    }

    static FakeBackend.Answer problem(int status, String title, List<String[]> errors) {
        ObjectNode problem = JSON.createObjectNode().put("type", "https://phonesmith.example/problems/" + status)
                .put("title", title).put("status", status);
        ArrayNode list = problem.putArray("errors");
        errors.forEach(e -> list.addObject().put("field", e[0]).put("reason", e[1]));
        return FakeBackend.Answer.problem(status, problem.toString());
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }

    private static String resource(String path) {
        try (InputStream in = AdminCatalog.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.phonesmith.web.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * configurator-api's launches as the fake plays them: {@code GET /api/launches?page=&size=} for admin and support
 * (newest window first, one page; 400 naming {@code size} beyond 100), and {@code POST /api/launches} for the admin
 * (201 with the launch's status; 409 {@code code} for a code taken, 409 {@code opensAt} for a window overlapping
 * another launch of the model, 422 {@code closesAt} for a window that does not end after it opens; or the refusal a
 * test set with {@link #refuseNext}). 403 for other callers.
 */
public final class LaunchWindows {
    public static final String PATH = "/api/launches";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeBackend configurator;
    private final List<ObjectNode> launches = new ArrayList<>();
    private FakeBackend.Answer nextRefusal;

    private LaunchWindows(FakeBackend configurator) {
        this.configurator = configurator;
    }

    /** Plays the launches, with none yet. */
    public static LaunchWindows install() {
        LaunchWindows fake = new LaunchWindows(FakeBackends.get().configurator());
        fake.configurator.respond("GET", PATH, fake::list);
        fake.configurator.respond("POST", PATH, fake::create);
        return fake;
    }

    /** A launch that exists already, with units sold per variant: quotas as {colour, storageGb, units, sold}. */
    public synchronized LaunchWindows with(String code, String model, Instant opensAt, Instant closesAt,
            int perCustomer, Object[]... quotas) {
        ObjectNode launch = JSON.createObjectNode().put("code", code).put("model", model)
                .put("opensAt", opensAt.toString()).put("closesAt", closesAt.toString())
                .put("perCustomer", perCustomer);
        ArrayNode list = launch.putArray("quotas");
        for (Object[] q : quotas) {
            int units = (Integer) q[2];
            int sold = (Integer) q[3];
            list.addObject().put("colour", (String) q[0]).put("storageGb", (Integer) q[1]).put("units", units)
                    .put("sold", sold).put("left", units - sold);
        }
        launches.add(launch);
        return this;
    }

    /** The next POST is answered with this problem: {@code field} and {@code reason}, nothing created. */
    public synchronized LaunchWindows refuseNext(int status, String field, String reason) {
        nextRefusal = AdminCatalog.problem(status, status == 409 ? "Conflict" : "Unprocessable",
                List.<String[]>of(new String[] {field, reason}));
        return this;
    }

    public synchronized List<String> codes() {
        return launches.stream().map(l -> l.path("code").asText()).toList();
    }

    /** No launches list again (a 404), for the tests that follow. */
    public void uninstall() {
        configurator.forget(PATH);
        configurator.respond("POST", PATH, request -> FakeBackend.Answer.problem(404, "{\"status\":404}"));
    }

    private synchronized FakeBackend.Answer list(FakeBackend.Received request) {
        Caller caller = Caller.of(request);
        if (!caller.groups().contains("admin") && !caller.groups().contains("support")) {
            return AdminCatalog.forbidden();
        }
        Map<String, String> query = query(request.pathAndQuery());
        int page = Integer.parseInt(query.getOrDefault("page", "0"));
        int size = Integer.parseInt(query.getOrDefault("size", "20"));
        if (size < 1 || size > 100) {
            return AdminCatalog.problem(400, "Bad Request", List.<String[]>of(new String[] {"size",
                    "must be between 1 and 100"}));
        }
        List<ObjectNode> newestFirst = launches.stream().sorted(Comparator.<ObjectNode, Instant>comparing(
                l -> Instant.parse(l.path("opensAt").asText())).reversed()).toList();
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode items = answer.putArray("items");
        newestFirst.stream().skip((long) page * size).limit(size).forEach(items::add);
        answer.put("page", page).put("size", size).put("total", launches.size());
        return FakeBackend.Answer.json(200, answer.toString());
    }

    private synchronized FakeBackend.Answer create(FakeBackend.Received request) {
        if (!AdminCatalog.isAdmin(request)) {
            return AdminCatalog.forbidden();
        }
        if (nextRefusal != null) {
            FakeBackend.Answer refusal = nextRefusal;
            nextRefusal = null;
            return refusal;
        }
        JsonNode body = AdminCatalog.read(request.body());
        String code = body.path("code").asText();
        String model = body.path("model").asText();
        Instant opensAt;
        Instant closesAt;
        try {
            opensAt = Instant.parse(body.path("opensAt").asText());
            closesAt = Instant.parse(body.path("closesAt").asText());
        } catch (DateTimeParseException e) {
            return AdminCatalog.problem(400, "Bad Request", List.<String[]>of(new String[] {"opensAt",
                    "is not an instant"}));
        }
        if (!closesAt.isAfter(opensAt)) {
            return AdminCatalog.problem(422, "Unprocessable", List.<String[]>of(new String[] {"closesAt",
                    "must be after opensAt"}));
        }
        if (codes().contains(code)) {
            return AdminCatalog.problem(409, "Conflict", List.<String[]>of(new String[] {"code",
                    "is already a launch"}));
        }
        for (ObjectNode other : launches) {
            if (other.path("model").asText().equals(model)
                    && Instant.parse(other.path("opensAt").asText()).isBefore(closesAt)
                    && Instant.parse(other.path("closesAt").asText()).isAfter(opensAt)) {
                return AdminCatalog.problem(409, "Conflict", List.<String[]>of(new String[] {"opensAt",
                        "the window overlaps the launch " + other.path("code").asText() + " of the same model"}));
            }
        }
        List<Object[]> quotas = new ArrayList<>();
        body.path("quotas").forEach(q -> quotas.add(new Object[] {q.path("colour").asText(),
                q.path("storageGb").asInt(), q.path("units").asInt(), 0}));
        with(code, model, opensAt, closesAt, body.path("perCustomer").asInt(), quotas.toArray(Object[][]::new));
        return FakeBackend.Answer.json(201, launches.get(launches.size() - 1).toString());
    }

    private static Map<String, String> query(String pathAndQuery) {
        int question = pathAndQuery.indexOf('?');
        if (question < 0) {
            return Map.of();
        }
        return java.util.Arrays.stream(pathAndQuery.substring(question + 1).split("&")).map(p -> p.split("=", 2))
                .filter(p -> p.length == 2).collect(Collectors.toMap(p -> p[0], p -> p[1], (a, b) -> b));
    }
}

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
 * test set with {@link #refuseNext}). 403 for other callers. Each launch also answers {@code GET /api/launches/{code}}
 * (anybody), {@code PATCH /api/launches/{code}} (admin: 200 with the launch as changed; 409 naming each field for a
 * launch that closed or was ended, 409 {@code quotas[i].units} for units below those sold, 422 {@code closesAt} for an
 * end not after the opening or not later than now, 422 {@code quotas[i]} for a variant not in the launch; or the
 * refusal a test set with {@link #refuseNextChange}) and {@code POST /api/launches/{code}/end} (admin: 200 with the
 * launch, ended now unless it was over already).
 */
public final class LaunchWindows {
    public static final String PATH = "/api/launches";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeBackend configurator;
    private final List<ObjectNode> launches = new ArrayList<>();
    private FakeBackend.Answer nextRefusal;
    private FakeBackend.Answer nextChangeRefusal;

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
        configurator.respond("GET", PATH + "/" + code, request -> show(code));
        configurator.respond("PATCH", PATH + "/" + code, request -> change(code, request));
        configurator.respond("POST", PATH + "/" + code + "/end", request -> end(code, request));
        return this;
    }

    /** The next PATCH is answered with this problem: {@code field} and {@code reason}, nothing changed. */
    public synchronized LaunchWindows refuseNextChange(int status, String field, String reason) {
        nextChangeRefusal = AdminCatalog.problem(status, status == 409 ? "Conflict" : "Unprocessable",
                List.<String[]>of(new String[] {field, reason}));
        return this;
    }

    /** The launch as the fake holds it now (its JSON), for tests to check what a change did. */
    public synchronized JsonNode launch(String code) {
        return find(code).deepCopy();
    }

    /** The next POST is answered with this problem: {@code field} and {@code reason}, nothing created. */
    public synchronized LaunchWindows refuseNext(int status, String field, String reason) {
        nextRefusal = AdminCatalog.problem(status, status == 409 ? "Conflict" : "Unprocessable",
                List.<String[]>of(new String[] {field, reason}));
        return this;
    }

    private ObjectNode find(String code) {
        return launches.stream().filter(l -> l.path("code").asText().equals(code)).findFirst().orElse(null);
    }

    private synchronized FakeBackend.Answer show(String code) {
        ObjectNode launch = find(code);
        return launch == null ? FakeBackend.Answer.problem(404, "{\"status\":404}")
                : FakeBackend.Answer.json(200, launch.toString());
    }

    private synchronized FakeBackend.Answer change(String code, FakeBackend.Received request) {
        if (!AdminCatalog.isAdmin(request)) {
            return AdminCatalog.forbidden();
        }
        ObjectNode launch = find(code);
        if (launch == null) {
            return FakeBackend.Answer.problem(404, "{\"status\":404}");
        }
        if (nextChangeRefusal != null) {
            FakeBackend.Answer refusal = nextChangeRefusal;
            nextChangeRefusal = null;
            return refusal;
        }
        JsonNode body = AdminCatalog.read(request.body());
        Instant now = Instant.now();
        boolean ended = launch.hasNonNull("endedAt");
        if (ended || !Instant.parse(launch.path("closesAt").asText()).isAfter(now)) {
            String why = "cannot change: the launch " + (ended ? "was ended at " + launch.path("endedAt").asText()
                    : "closed at " + launch.path("closesAt").asText());
            List<String[]> errors = new ArrayList<>();
            body.fieldNames().forEachRemaining(field -> errors.add(new String[] {field, why}));
            return AdminCatalog.problem(409, "Conflict", errors);
        }
        Instant closesAt = body.hasNonNull("closesAt") ? Instant.parse(body.path("closesAt").asText()) : null;
        if (closesAt != null && (!closesAt.isAfter(Instant.parse(launch.path("opensAt").asText()))
                || !closesAt.isAfter(now))) {
            return AdminCatalog.problem(422, "Unprocessable", List.<String[]>of(new String[] {"closesAt",
                    "must be after opensAt and later than now"}));
        }
        JsonNode quotas = body.path("quotas");
        for (int i = 0; i < quotas.size(); i++) {
            JsonNode wanted = quotas.get(i);
            ObjectNode quota = quota(launch, wanted.path("colour").asText(), wanted.path("storageGb").asInt());
            if (quota == null) {
                return AdminCatalog.problem(422, "Unprocessable", List.<String[]>of(new String[] {"quotas[" + i + "]",
                        "is not a variant of the launch"}));
            }
            int sold = quota.path("sold").asInt();
            if (wanted.path("units").asInt() < sold) {
                return AdminCatalog.problem(409, "Conflict", List.<String[]>of(new String[] {"quotas[" + i
                        + "].units", "cannot be less than the " + sold + " units already sold"}));
            }
        }
        if (closesAt != null) {
            launch.put("closesAt", closesAt.toString());
        }
        if (body.hasNonNull("perCustomer")) {
            launch.put("perCustomer", body.path("perCustomer").asInt());
        }
        for (JsonNode wanted : quotas) {
            ObjectNode quota = quota(launch, wanted.path("colour").asText(), wanted.path("storageGb").asInt());
            int units = wanted.path("units").asInt();
            quota.put("units", units).put("left", units - quota.path("sold").asInt());
        }
        return FakeBackend.Answer.json(200, launch.toString());
    }

    private synchronized FakeBackend.Answer end(String code, FakeBackend.Received request) {
        if (!AdminCatalog.isAdmin(request)) {
            return AdminCatalog.forbidden();
        }
        ObjectNode launch = find(code);
        if (launch == null) {
            return FakeBackend.Answer.problem(404, "{\"status\":404}");
        }
        Instant now = Instant.now();
        if (!launch.hasNonNull("endedAt") && Instant.parse(launch.path("closesAt").asText()).isAfter(now)) {
            launch.put("endedAt", now.toString()).put("state", "ENDED");
        }
        return FakeBackend.Answer.json(200, launch.toString());
    }

    private static ObjectNode quota(ObjectNode launch, String colour, int storageGb) {
        for (JsonNode quota : launch.path("quotas")) {
            if (quota.path("colour").asText().equals(colour) && quota.path("storageGb").asInt() == storageGb) {
                return (ObjectNode) quota;
            }
        }
        return null;
    }

    public synchronized List<String> codes() {
        return launches.stream().map(l -> l.path("code").asText()).toList();
    }

    /** No launches list again (a 404), for the tests that follow. */
    public void uninstall() {
        configurator.forget(PATH);
        configurator.respond("POST", PATH, request -> FakeBackend.Answer.problem(404, "{\"status\":404}"));
        for (String code : codes()) {
            configurator.forget(PATH + "/" + code);
            configurator.respond("PATCH", PATH + "/" + code, request -> FakeBackend.Answer.problem(404,
                    "{\"status\":404}"));
            configurator.respond("POST", PATH + "/" + code + "/end", request -> FakeBackend.Answer.problem(404,
                    "{\"status\":404}"));
        }
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

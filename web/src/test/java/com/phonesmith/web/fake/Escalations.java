package com.phonesmith.web.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * order-workflow's {@code GET /api/escalations?kind=AT_RISK|BREACHED&limit=} as the fake plays it: the
 * {@link EscalatedOrder}s of the running test, newest first, at most {@code limit}; a kind or limit it does not
 * take is a 400 problem naming the field. Installed when the fakes start, with none.
 */
public final class Escalations {
    public static final String PATH = "/api/escalations";
    public static final String AT_RISK = "AT_RISK";
    public static final String BREACHED = "BREACHED";
    static final int MAX_LIMIT = 100;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<EscalatedOrder> ORDERS = new CopyOnWriteArrayList<>();
    private static final Map<String, Integer> UNLISTED = new ConcurrentHashMap<>();

    private Escalations() {
    }

    static void install(FakeBackend workflow) {
        workflow.respond("GET", PATH, Escalations::list);
    }

    static void add(EscalatedOrder order) {
        ORDERS.add(order);
    }

    /**
     * order-workflow counts this many more orders of the kind than it lists (older ones, past web's limit), so the
     * total is more than the rows.
     */
    public static void alsoCounting(String kind, int unlisted) {
        UNLISTED.put(kind, unlisted);
    }

    /** No escalated orders again, for the tests that follow. */
    public static void none() {
        ORDERS.clear();
        UNLISTED.clear();
        install(FakeBackends.get().workflow());
    }

    private static FakeBackend.Answer list(FakeBackend.Received request) {
        if (Caller.of(request).anonymous()) {
            return FakeBackend.Answer.problem(401, """
                    {"type":"https://phonesmith.example/problems/401","title":"Unauthorized","status":401}""");
        }
        Map<String, String> query = query(request.pathAndQuery());
        String kind = query.getOrDefault("kind", "");
        if (!AT_RISK.equals(kind) && !BREACHED.equals(kind)) {
            return badRequest("kind", "must be AT_RISK or BREACHED");
        }
        int limit;
        try {
            limit = Integer.parseInt(query.getOrDefault("limit", "100"));
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            return badRequest("limit", "must be between 1 and " + MAX_LIMIT);
        }
        List<EscalatedOrder> matching = new ArrayList<>(ORDERS.stream()
                .filter(o -> AT_RISK.equals(kind) ? o.listedAtRisk() : o.listedBreached()).toList());
        Collections.reverse(matching);
        ObjectNode page = JSON.createObjectNode().put("kind", kind);
        ArrayNode items = page.putArray("items");
        matching.stream().limit(limit).forEach(o -> items.add(o.item()));
        page.put("total", matching.size() + UNLISTED.getOrDefault(kind, 0));
        return FakeBackend.Answer.json(200, page.toString());
    }

    private static FakeBackend.Answer badRequest(String field, String reason) {
        ObjectNode problem = JSON.createObjectNode().put("type", "https://phonesmith.example/problems/400")
                .put("title", "Bad Request").put("status", 400).put("detail", field + " " + reason);
        problem.putArray("errors").addObject().put("field", field).put("reason", reason);
        return FakeBackend.Answer.problem(400, problem.toString());
    }

    private static Map<String, String> query(String pathAndQuery) {
        Map<String, String> query = new ConcurrentHashMap<>();
        int start = pathAndQuery.indexOf('?');
        if (start >= 0) {
            for (String pair : pathAndQuery.substring(start + 1).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return query;
    }
}

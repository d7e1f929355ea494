package com.phonesmith.devstack.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * The role matrix of a service, built from its own OpenAPI document so that a new endpoint cannot slip
 * through: every operation is called with no token, an expired token, a token signed by a foreign key, a
 * tampered token and a valid token of each role. An operation that declares roles (the security requirement
 * Quarkus writes for {@code @RolesAllowed}) must refuse the first four with 401 and every other role with
 * 401, 403 or 404, and must let its own roles past the security check. An operation without roles must be
 * one the test declares public. Nothing may answer 5xx.
 */
public final class RoleMatrix {
    /** One operation of the OpenAPI document: method, path template and the roles it declares. */
    public record Operation(String method, String path, Set<String> roles) {
        public boolean secured() {
            return !roles.isEmpty();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A caller: a name for the report, its role (none for the invalid ones) and the headers it sends. */
    private record Caller(String name, String role, Map<String, String> headers) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final List<Operation> operations;
    private final Map<String, String> bodyTypes;
    private final Set<String> declaredPublic = new TreeSet<>();
    private final Map<String, String> samples = new LinkedHashMap<>();
    private Function<String, Map<String, String>> credentialsOfRole = RoleMatrix::bearerOfRole;
    private Map<String, Map<String, String>> invalidCredentials = bearerInvalidCredentials();
    private String loginPage;
    private String accept = "*/*";

    private RoleMatrix(URI base, List<Operation> operations, Map<String, String> bodyTypes) {
        this.base = base;
        this.operations = operations;
        this.bodyTypes = bodyTypes;
    }

    /** Reads {@code /q/openapi} of the service at {@code base}. */
    public static RoleMatrix fromOpenApi(URI base) {
        String document = get(base.resolve("/q/openapi?format=json"));
        return new RoleMatrix(base, operationsOf(document), bodyTypesOf(document));
    }

    public List<Operation> operations() {
        return List.copyOf(operations);
    }

    /** Operations that anybody may call, as {@code "GET /api/catalog"}; they may check rights themselves. */
    public RoleMatrix publicOperations(String... operations) {
        declaredPublic.addAll(List.of(operations));
        return this;
    }

    /** The value to put into path parameter {@code {name}}; parameters without a sample get a fresh UUID. */
    public RoleMatrix sample(String pathParameter, String value) {
        samples.put(pathParameter, value);
        return this;
    }

    /**
     * How a caller of each role authenticates, and which invalid credentials to try, when it is not with
     * {@link TestTokens} bearer tokens (web, for instance, knows people by a session cookie).
     */
    public RoleMatrix credentials(Function<String, Map<String, String>> ofRole,
            Map<String, Map<String, String>> invalid) {
        this.credentialsOfRole = ofRole;
        this.invalidCredentials = invalid;
        return this;
    }

    /** What every caller accepts ({@code text/html} for a service of pages); anything otherwise. */
    public RoleMatrix accept(String mediaTypes) {
        this.accept = mediaTypes;
        return this;
    }

    /** A page may answer a caller without valid credentials by a redirect (303) to this login page. */
    public RoleMatrix loginPage(String path) {
        this.loginPage = path;
        return this;
    }

    /** Calls every operation as every caller; fails listing each answer that breaks the rules above. */
    public void assertEnforced(List<String> roles) {
        List<Caller> callers = new ArrayList<>();
        callers.add(new Caller("no credentials", null, Map.of()));
        invalidCredentials.forEach((name, headers) -> callers.add(new Caller(name, null, headers)));
        for (String role : roles) {
            callers.add(new Caller("role " + role, role, credentialsOfRole.apply(role)));
        }
        List<String> wrong = new ArrayList<>();
        if (operations.isEmpty()) {
            wrong.add("the OpenAPI document lists no operation");
        }
        for (Operation operation : operations) {
            if (!operation.secured() && !declaredPublic.contains(operation.toString())) {
                wrong.add(operation + " declares no role: annotate it with @RolesAllowed, or declare it public in"
                        + " this test if anybody may call it");
            }
            for (Caller caller : callers) {
                HttpResponse<Void> response = call(operation, caller.headers());
                int status = response.statusCode();
                String problem = judge(operation, caller, status, isLoginRedirect(response));
                if (problem != null) {
                    wrong.add(operation + " as " + caller.name() + ": HTTP " + status + ", " + problem);
                }
            }
        }
        if (!wrong.isEmpty()) {
            throw new AssertionError("the role matrix of " + base + " is broken:\n  " + String.join("\n  ", wrong));
        }
    }

    private boolean isLoginRedirect(HttpResponse<Void> response) {
        return loginPage != null && response.statusCode() == 303
                && response.headers().firstValue("Location").filter(l -> l.contains(loginPage)).isPresent();
    }

    private static String judge(Operation operation, Caller caller, int status, boolean loginRedirect) {
        if (status >= 500) {
            return "a server error";
        }
        if (!operation.secured()) {
            return null;
        }
        if (caller.role() == null) {
            return status == 401 || loginRedirect ? null : "expected 401";
        }
        boolean allowed = operation.roles().contains(caller.role());
        if (allowed) {
            return status == 401 || status == 403 || loginRedirect ? "refused a role the operation declares" : null;
        }
        return status == 401 || status == 403 || status == 404 ? null : "expected 403: role not allowed";
    }

    private HttpResponse<Void> call(Operation operation, Map<String, String> headers) {
        String path = operation.path();
        for (String name : parameterNames(path)) {
            path = path.replace("{" + name + "}", samples.getOrDefault(name, UUID.randomUUID().toString()));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", accept);
        headers.forEach(request::header);
        boolean hasBody = List.of("POST", "PUT", "PATCH").contains(operation.method());
        String bodyType = bodyTypes.getOrDefault(operation.toString(), "application/json");
        if (hasBody) {
            request.header("Content-Type", bodyType).header("Idempotency-Key", "role-matrix-" + UUID.randomUUID());
        }
        String body = bodyType.contains("json") ? "{}" : "";
        request.method(operation.method(), hasBody ? HttpRequest.BodyPublishers.ofString(body)
                : HttpRequest.BodyPublishers.noBody());
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException("calling " + operation + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> bearerOfRole(String role) {
        return Map.of("Authorization", "Bearer " + TestTokens.get().forRole(role));
    }

    private static Map<String, Map<String, String>> bearerInvalidCredentials() {
        TestTokens tokens = TestTokens.get();
        Map<String, Map<String, String>> invalid = new LinkedHashMap<>();
        invalid.put("expired token", Map.of("Authorization", "Bearer " + tokens.expired("support")));
        invalid.put("token signed by a foreign key",
                Map.of("Authorization", "Bearer " + tokens.signedByForeignKey("support")));
        invalid.put("tampered token", Map.of("Authorization", "Bearer " + tokens.tampered()));
        invalid.put("malformed token", Map.of("Authorization", "Bearer not-a-token"));
        return invalid;
    }

    private static List<String> parameterNames(String path) {
        List<String> names = new ArrayList<>();
        int open = path.indexOf('{');
        while (open >= 0) {
            int close = path.indexOf('}', open);
            names.add(path.substring(open + 1, close));
            open = path.indexOf('{', close);
        }
        return names;
    }

    static List<Operation> operationsOf(String openApiJson) {
        try {
            JsonNode paths = JSON.readTree(openApiJson).path("paths");
            List<Operation> operations = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
                Map.Entry<String, JsonNode> path = p.next();
                for (Iterator<Map.Entry<String, JsonNode>> m = path.getValue().fields(); m.hasNext(); ) {
                    Map.Entry<String, JsonNode> method = m.next();
                    if (List.of("get", "put", "post", "delete", "patch", "head").contains(method.getKey())) {
                        operations.add(new Operation(method.getKey().toUpperCase(java.util.Locale.ROOT),
                                path.getKey(), rolesOf(method.getValue())));
                    }
                }
            }
            return operations;
        } catch (IOException e) {
            throw new IllegalStateException("the OpenAPI document is not JSON", e);
        }
    }

    /** The media type each operation's request body is declared with, for the bodies the matrix sends. */
    static Map<String, String> bodyTypesOf(String openApiJson) {
        try {
            Map<String, String> types = new LinkedHashMap<>();
            JsonNode paths = JSON.readTree(openApiJson).path("paths");
            paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                Iterator<String> content = method.getValue().path("requestBody").path("content").fieldNames();
                if (content.hasNext()) {
                    types.put(method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(), content.next());
                }
            }));
            return types;
        } catch (IOException e) {
            throw new IllegalStateException("the OpenAPI document is not JSON", e);
        }
    }

    private static Set<String> rolesOf(JsonNode operation) {
        Set<String> roles = new LinkedHashSet<>();
        for (JsonNode requirement : operation.path("security")) {
            requirement.fields().forEachRemaining(scheme -> scheme.getValue().forEach(r -> roles.add(r.asText())));
        }
        return roles;
    }

    private static String get(URI uri) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package com.phonesmith.web.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Who calls a fake backend, from web's bearer token (read, not verified: web's own tests verify its tokens) and
 * the {@code Order-Token} header, as the fakes that play rules of the real backends need to know.
 */
record Caller(List<String> groups, String username, String orderToken) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Caller of(FakeBackend.Received request) {
        List<String> groups = new ArrayList<>();
        String username = null;
        String authorization = request.header("Authorization");
        if (authorization != null && authorization.startsWith("Bearer ")) {
            String[] parts = authorization.substring("Bearer ".length()).split("\\.");
            if (parts.length == 3) {
                try {
                    JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]),
                            StandardCharsets.UTF_8));
                    claims.path("groups").forEach(g -> groups.add(g.asText()));
                    username = claims.path("preferred_username").asText(null);
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException(e);
                }
            }
        }
        return new Caller(List.copyOf(groups), username, request.header("Order-Token"));
    }

    boolean support() {
        return groups.contains("support");
    }

    boolean anonymous() {
        return groups.isEmpty() && username == null && orderToken == null;
    }
}

package com.phonesmith.factory.workorder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.phonesmith.factory.qa.QaCheck;
import java.util.List;

/** A work order's automated QA checks as they are stored (a JSON array in {@code work_order.qa_checks}). */
final class QaChecksJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<QaCheck>> CHECKS = new TypeReference<>() {
    };

    private QaChecksJson() {
    }

    static String write(List<QaCheck> checks) {
        if (checks.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(checks);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("QA checks cannot be written as JSON", e);
        }
    }

    static List<QaCheck> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, CHECKS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored QA checks are not readable: " + e.getMessage(), e);
        }
    }
}

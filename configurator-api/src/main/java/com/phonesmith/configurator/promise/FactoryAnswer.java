package com.phonesmith.configurator.promise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** factory-adapter's answer to {@code GET /api/promise}, read strictly: a field of the wrong type is no answer. */
record FactoryAnswer(String model, String colour, int storageGb, boolean promisable, LocalDate shipDate,
        LocalDate deliveryDate, String reason) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static FactoryAnswer parse(String body) throws FactoryException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new FactoryException("the answer is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new FactoryException("the answer is not a JSON object");
        }
        JsonNode storage = root.get("storageGb");
        if (storage == null || !storage.isInt()) {
            throw new FactoryException("storageGb is not a whole number");
        }
        JsonNode promisable = root.get("promisable");
        if (promisable == null || !promisable.isBoolean()) {
            throw new FactoryException("promisable is not true or false");
        }
        return new FactoryAnswer(text(root, "model", true), text(root, "colour", true), storage.intValue(),
                promisable.booleanValue(), date(root, "shipDate"), date(root, "deliveryDate"),
                text(root, "reason", false));
    }

    private static String text(JsonNode root, String field, boolean required) throws FactoryException {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new FactoryException(field + " is missing");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new FactoryException(field + " is not text");
        }
        return value.textValue();
    }

    private static LocalDate date(JsonNode root, String field) throws FactoryException {
        String text = text(root, field, false);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new FactoryException(field + " is not a date (yyyy-mm-dd): " + text);
        }
    }
}

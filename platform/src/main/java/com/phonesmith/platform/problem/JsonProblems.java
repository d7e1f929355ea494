package com.phonesmith.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.stream.Collectors;

/** Turns Jackson's parse errors into the field that was wrong and a reason a client can act on. */
public final class JsonProblems {
    private JsonProblems() {
    }

    public static Problem.FieldError fieldErrorOf(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new Problem.FieldError(pathOf(unknown), "is not a known field");
        }
        if (e instanceof InvalidFormatException invalid) {
            return new Problem.FieldError(pathOf(invalid),
                    "must be " + describe(invalid.getTargetType()) + ", got " + invalid.getValue());
        }
        if (e instanceof MismatchedInputException mismatched) {
            String field = pathOf(mismatched);
            return new Problem.FieldError(field.isEmpty() ? "body" : field,
                    "must be " + describe(mismatched.getTargetType()));
        }
        return new Problem.FieldError("body", "is not valid JSON: " + e.getOriginalMessage());
    }

    static String pathOf(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        return path.stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return "an object";
    }
}

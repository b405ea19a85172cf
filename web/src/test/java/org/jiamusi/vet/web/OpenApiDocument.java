package org.jiamusi.vet.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks JSON answers against the schemas of the OpenAPI 3.1 document the API serves: every field
 * an answer has must be described (no undescribed field slips in), every required one present, and
 * every value of the described type and, for codes, among the described values. Supports the
 * parts of JSON Schema the document uses: {@code $ref}, {@code oneOf}, {@code type} (one or a list),
 * {@code properties}, {@code required}, {@code additionalProperties}, {@code items}, {@code enum}.
 */
final class OpenApiDocument {

    private final JsonObject document;

    OpenApiDocument(JsonObject document) {
        this.document = document;
    }

    JsonObject paths() {
        return document.getJsonObject("paths");
    }

    /** The schema of one answer: the response of an operation by status, as JSON. */
    JsonObject responseSchema(String path, int status) {
        JsonObject operation = paths().getJsonObject(path).getJsonObject("get");
        JsonObject response = operation.getJsonObject("responses").getJsonObject(Integer.toString(status));
        if (response == null) {
            throw new AssertionError(path + " does not describe the status " + status);
        }
        return response.getJsonObject("content").getJsonObject("application/json").getJsonObject("schema");
    }

    /** What in this answer the schema does not describe; empty when it conforms. */
    List<String> violations(JsonValue value, JsonObject schema, String where) {
        List<String> problems = new ArrayList<>();
        check(value, schema, where, problems);
        return problems;
    }

    JsonObject schema(String name) {
        return document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
    }

    private void check(JsonValue value, JsonObject schema, String where, List<String> problems) {
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            check(value, schema(ref.substring(ref.lastIndexOf('/') + 1)), where, problems);
            return;
        }
        if (schema.containsKey("oneOf")) {
            int matching = 0;
            List<String> firstProblems = null;
            for (JsonValue option : schema.getJsonArray("oneOf")) {
                List<String> optionProblems = new ArrayList<>();
                check(value, option.asJsonObject(), where, optionProblems);
                if (optionProblems.isEmpty()) {
                    matching++;
                } else if (firstProblems == null) {
                    firstProblems = optionProblems;
                }
            }
            if (matching != 1) {
                problems.add(where + ": matches " + matching + " of the oneOf schemas" + (firstProblems == null ? "" : " " + firstProblems));
            }
            return;
        }
        if (schema.containsKey("type") && !typeMatches(value, schema.get("type"))) {
            problems.add(where + ": " + value.getValueType() + " is not " + schema.get("type"));
            return;
        }
        if (schema.containsKey("enum") && !schema.getJsonArray("enum").contains(value)) {
            problems.add(where + ": " + value + " is not one of " + schema.getJsonArray("enum"));
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject object = value.asJsonObject();
            JsonObject properties = schema.containsKey("properties") ? schema.getJsonObject("properties") : JsonValue.EMPTY_JSON_OBJECT;
            if (schema.containsKey("required")) {
                for (JsonString required : schema.getJsonArray("required").getValuesAs(JsonString.class)) {
                    if (!object.containsKey(required.getString())) {
                        problems.add(where + ": required field " + required.getString() + " is missing");
                    }
                }
            }
            for (String field : object.keySet()) {
                if (properties.containsKey(field)) {
                    check(object.get(field), properties.getJsonObject(field), where + "." + field, problems);
                } else if (schema.get("additionalProperties") instanceof JsonObject additional) {
                    check(object.get(field), additional, where + "." + field, problems);
                } else if (schema.containsKey("properties") || schema.containsKey("additionalProperties")) {
                    problems.add(where + ": field " + field + " is not described");
                }
            }
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY && schema.containsKey("items")) {
            JsonArray array = value.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), schema.getJsonObject("items"), where + "[" + i + "]", problems);
            }
        }
    }

    private static boolean typeMatches(JsonValue value, JsonValue type) {
        if (type instanceof JsonArray types) {
            return types.getValuesAs(JsonString.class).stream().anyMatch(t -> typeMatches(value, t));
        }
        return switch (((JsonString) type).getString()) {
            case "object" -> value.getValueType() == JsonValue.ValueType.OBJECT;
            case "array" -> value.getValueType() == JsonValue.ValueType.ARRAY;
            case "string" -> value.getValueType() == JsonValue.ValueType.STRING;
            case "number" -> value.getValueType() == JsonValue.ValueType.NUMBER;
            case "integer" -> value.getValueType() == JsonValue.ValueType.NUMBER && ((JsonNumber) value).isIntegral();
            case "boolean" -> value == JsonValue.TRUE || value == JsonValue.FALSE;
            case "null" -> value == JsonValue.NULL;
            default -> throw new AssertionError("unknown type " + type);
        };
    }
}

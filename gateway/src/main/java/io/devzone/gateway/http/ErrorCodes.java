package io.devzone.gateway.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.devzone.graphql.limits.ErrorMessages;

/**
 * Gives every error of a response an {@code extensions.code}: graphql-java's own parse and validation errors
 * carry only a classification, and clients branch on the code. Validation messages lose graphql-java's syntax-tree
 * dumps ({@link ErrorMessages}).
 */
final class ErrorCodes {

    private ErrorCodes() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> withCodes(Map<String, Object> response) {
        if (!(response.get("errors") instanceof List<?> errors)) {
            return response;
        }
        for (Object each : errors) {
            Map<String, Object> error = (Map<String, Object>) each;
            Map<String, Object> extensions = error.get("extensions") instanceof Map<?, ?> existing
                    ? new LinkedHashMap<>((Map<String, Object>) existing) : new LinkedHashMap<>();
            if ("ValidationError".equals(extensions.get("classification"))
                    && error.get("message") instanceof String message) {
                error.put("message", ErrorMessages.validation(message));
            }
            if (!extensions.containsKey("code")) {
                extensions.put("code", switch (String.valueOf(extensions.get("classification"))) {
                    case "InvalidSyntax" -> "GRAPHQL_PARSE_FAILED";
                    case "ValidationError" -> "GRAPHQL_VALIDATION_FAILED";
                    default -> "INTERNAL";
                });
                error.put("extensions", extensions);
            }
        }
        return response;
    }
}

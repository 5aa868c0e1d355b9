package io.devzone.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One hostile request (a row of the hostile-input table) and what the suite must answer: the status, the house code
 * ({@code code} of a problem, or {@code extensions.code} of a GraphQL error), what must stay unwritten, and what the
 * answer must not reflect.
 */
record HostileCase(String name, String module, String method, String path, Map<String, String> headers,
        byte[] body, Caller caller, int status, String code, List<String> echoes, Supplier<Object> unchanged,
        Function<JsonNode, List<Finding>> check) {

    /** Who sends it: a demo user's real token, a forged one, or none. */
    record Caller(String label, String token) {
        static final Caller NONE = new Caller("anonymous", null);
    }

    /** Something a {@link #check} found wrong; {@code wrongRole} when the caller got what its role does not allow. */
    record Finding(boolean wrongRole, String message) {
    }

    /** The caller was not entitled to what it asked: a success is a wrong-role success. */
    boolean refusal() {
        return status == 401 || status == 403 || "FORBIDDEN".equals(code) || "UNAUTHENTICATED".equals(code);
    }

    @Override
    public String toString() {
        return name;
    }

    static Builder to(String module, String method, String path) {
        return new Builder(module, method, path);
    }

    /** A GraphQL request in JSON to {@code module}'s /graphql. */
    static Builder graphql(String module, String query, Map<String, Object> variables) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("query", query);
        if (variables != null) {
            request.put("variables", variables);
        }
        return to(module, "POST", "/graphql").json(Json.write(request));
    }

    static final class Builder {
        private final String module;
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final List<String> echoes = new ArrayList<>();
        private String name;
        private byte[] body;
        private Caller caller = Caller.NONE;
        private int status;
        private String code;
        private Supplier<Object> unchanged;
        private Function<JsonNode, List<Finding>> check = answer -> List.of();

        private Builder(String module, String method, String path) {
            this.module = module;
            this.method = method;
            this.path = path;
        }

        Builder named(String name) {
            this.name = name;
            return this;
        }

        Builder as(Caller caller) {
            this.caller = caller;
            return this;
        }

        Builder json(String json) {
            return body("application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        Builder body(String contentType, byte[] bytes) {
            headers.put("Content-Type", contentType);
            this.body = bytes;
            return this;
        }

        Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Builder expect(int status, String code) {
            this.status = status;
            this.code = code;
            return this;
        }

        /** Raw input the answer must not reflect (a marker planted in the hostile value). */
        Builder mustNotEcho(String... raw) {
            echoes.addAll(List.of(raw));
            return this;
        }

        /** A reading (a list's total, a record's version) the request must leave as it was. */
        Builder unchanged(Supplier<Object> reading) {
            this.unchanged = reading;
            return this;
        }

        Builder check(Function<JsonNode, List<Finding>> check) {
            this.check = check;
            return this;
        }

        HostileCase build() {
            Objects.requireNonNull(name, "every case has a name");
            return new HostileCase(name, module, method, path, Map.copyOf(headers), body, caller, status, code,
                    List.copyOf(echoes), unchanged, check);
        }
    }
}

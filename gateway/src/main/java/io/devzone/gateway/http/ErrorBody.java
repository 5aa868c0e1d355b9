package io.devzone.gateway.http;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import graphql.GraphQLError;

/** A GraphQL response carrying only an error: what every refusal of the gateway looks like. */
final class ErrorBody {

    private ErrorBody() {
    }

    static Map<String, Object> of(String code, String message) {
        return Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("code", code))));
    }

    /** One of graphql-java's errors (a refusal of the limits) as the whole response. */
    static Response response(Response.Status status, GraphQLError error) {
        return response(status, String.valueOf(error.getExtensions().get("code")), error.getMessage());
    }

    static Response response(Response.Status status, String code, String message) {
        Response.ResponseBuilder builder = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(of(code, message));
        if (status == Response.Status.UNAUTHORIZED) {
            builder.header("WWW-Authenticate", "Bearer realm=\"devzone\"");
        }
        return builder.build();
    }
}

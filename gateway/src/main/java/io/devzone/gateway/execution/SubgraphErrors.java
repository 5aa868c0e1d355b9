package io.devzone.gateway.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultPath;

import io.devzone.gateway.planning.EntityFetch;

/**
 * Turns subgraph errors into client errors: the path is mapped onto the client's query, {@code extensions} keep
 * only {@code code} and {@code classification} (plus the subgraph's name), and nothing else a subgraph may attach
 * (exception names, stack traces, SQL) reaches the client.
 */
final class SubgraphErrors {

    private static final String DEFAULT_CODE = "SUBGRAPH_ERROR";

    private SubgraphErrors() {
    }

    /** A subgraph error, its path re-rooted: {@code base} plus the part of its own path after {@code skip}. */
    static GraphQLError toClient(String subgraph, Map<String, Object> error, ResultPath base, int skip) {
        List<Object> path = new ArrayList<>(base.toList());
        List<?> own = error.get("path") instanceof List<?> list ? list : List.of();
        for (Object segment : own.subList(Math.min(skip, own.size()), own.size())) {
            if (segment instanceof String name && name.startsWith(EntityFetch.HIDDEN)) {
                break; // a key the gateway asked for: the error belongs to the object that carries it
            }
            path.add(segment);
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.get("extensions") instanceof Map<?, ?> theirs) {
            extensions.put("code", theirs.get("code") == null ? DEFAULT_CODE : theirs.get("code"));
            if (theirs.get("classification") != null) {
                extensions.put("classification", theirs.get("classification"));
            }
        } else {
            extensions.put("code", DEFAULT_CODE);
        }
        extensions.put("subgraph", subgraph);
        Object message = error.get("message");
        return GraphqlErrorBuilder.newError().message(message == null ? "Error in subgraph " + subgraph : message.toString())
                .path(path).extensions(extensions).build();
    }

    /** The error a field gets when its subgraph gave no response at all. */
    static GraphQLError unavailable(SubgraphUnavailableException failure, ResultPath path, String subgraph) {
        return GraphqlErrorBuilder.newError().message(failure.getMessage()).path(path)
                .extensions(Map.of("code", failure.code(), "subgraph", subgraph)).build();
    }

    /** Whether an error's own path starts with these segments. */
    static boolean under(Map<String, Object> error, List<Object> prefix) {
        if (!(error.get("path") instanceof List<?> path) || path.size() < prefix.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!String.valueOf(path.get(i)).equals(String.valueOf(prefix.get(i)))) {
                return false;
            }
        }
        return true;
    }

    static boolean hasPath(Map<String, Object> error) {
        return error.get("path") instanceof List<?> path && !path.isEmpty();
    }
}

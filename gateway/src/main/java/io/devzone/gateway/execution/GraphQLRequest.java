package io.devzone.gateway.execution;

import java.util.Map;

/** A client's GraphQL request as GraphQL over HTTP defines it. */
public record GraphQLRequest(String query, String operationName, Map<String, Object> variables,
        Map<String, Object> extensions) {

    public GraphQLRequest withQuery(String fullQuery) {
        return new GraphQLRequest(fullQuery, operationName, variables, extensions);
    }
}

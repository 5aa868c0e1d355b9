package io.devzone.gateway.execution;

import java.util.List;
import java.util.Map;

/** A subgraph's GraphQL response: its data (may be null) and its errors as it sent them. */
public record SubgraphResponse(Map<String, Object> data, List<Map<String, Object>> errors) {

    public SubgraphResponse {
        errors = errors == null ? List.of() : errors;
    }
}

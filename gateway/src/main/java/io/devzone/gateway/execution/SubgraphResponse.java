package io.devzone.gateway.execution;

import java.util.List;
import java.util.Map;

import io.devzone.gateway.planning.SubgraphSelections;

/**
 * A subgraph's GraphQL response: its data (may be null) and its errors as it sent them; or, when asked for
 * ({@link SubgraphClient#executeVerbatim}) and the answer is data without errors, its body as sent and nothing
 * parsed.
 *
 * @param verbatim the body as the subgraph sent it, when it is data without errors and was asked for as is
 */
public record SubgraphResponse(Map<String, Object> data, List<Map<String, Object>> errors, byte[] verbatim) {

    public SubgraphResponse {
        errors = errors == null ? List.of() : errors;
    }

    public SubgraphResponse(Map<String, Object> data, List<Map<String, Object>> errors) {
        this(data, errors, null);
    }

    /** The response with the aliases the planner gave fields that share a response key taken off. */
    @SuppressWarnings("unchecked")
    SubgraphResponse unaliased() {
        return new SubgraphResponse((Map<String, Object>) SubgraphSelections.unaliased(data), errors);
    }

    static SubgraphResponse verbatim(byte[] body) {
        return new SubgraphResponse(null, List.of(), body);
    }
}

package io.devzone.gateway.execution;

/**
 * A subgraph request that brought no GraphQL response: refused by the circuit breaker, timed out, connection
 * failed, or an HTTP status without a GraphQL body. The message is for clients: it names the subgraph, never its
 * host.
 */
public class SubgraphUnavailableException extends RuntimeException {

    private final String code;

    public SubgraphUnavailableException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** The subgraph gave no answer at all. */
    static SubgraphUnavailableException of(String subgraph) {
        return new SubgraphUnavailableException("SUBGRAPH_UNAVAILABLE", "The " + subgraph
                + " subgraph is unavailable; its fields are null in this response.");
    }

    /** The failure of a subgraph request as clients see it, whatever completed the future exceptionally. */
    static SubgraphUnavailableException from(Throwable failure, String subgraph) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
        return cause instanceof SubgraphUnavailableException unavailable ? unavailable : of(subgraph);
    }

    /** The {@code extensions.code} clients see: SUBGRAPH_UNAVAILABLE, UNAUTHENTICATED or FORBIDDEN. */
    public String code() {
        return code;
    }
}

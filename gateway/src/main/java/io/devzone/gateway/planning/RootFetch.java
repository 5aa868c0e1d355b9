package io.devzone.gateway.planning;

/**
 * One request for root fields: all query root fields a subgraph owns travel together; each mutation root field
 * travels alone, so mutations run in the order the client wrote them.
 *
 * @param subgraph  the subgraph that owns the fields
 * @param operation the operation text sent, arguments inlined as literals
 * @param mutation  whether it writes: a mutation is sent for every caller, never shared with one in flight
 * @param fields    the root fields it asks for, comma-separated: what a trace shows of it (never the arguments,
 *                  which may be personal data)
 * @param aliased   whether the answer holds fields under {@link SubgraphSelections#ALIAS} aliases to take off
 */
public record RootFetch(String subgraph, String operation, boolean mutation, String fields, boolean aliased) {

    public RootFetch(String subgraph, String operation, boolean mutation, String fields) {
        this(subgraph, operation, mutation, fields, operation.contains(SubgraphSelections.ALIAS));
    }
}

package io.devzone.gateway.planning;

/**
 * One request for root fields: all query root fields a subgraph owns travel together; each mutation root field
 * travels alone, so mutations run in the order the client wrote them.
 *
 * @param subgraph  the subgraph that owns the fields
 * @param operation the operation text sent, arguments inlined as literals
 * @param mutation  whether it writes: a mutation is sent for every caller, never shared with one in flight
 */
public record RootFetch(String subgraph, String operation, boolean mutation) {
}

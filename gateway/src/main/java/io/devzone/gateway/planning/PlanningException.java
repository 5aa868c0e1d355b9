package io.devzone.gateway.planning;

/** A valid operation the composed subgraphs cannot answer, such as a field no subgraph can reach from its parent. */
public class PlanningException extends RuntimeException {

    public PlanningException(String message) {
        super(message);
    }
}

package io.devzone.gateway.composition;

import java.util.List;

/** Subgraphs that do not compose; each problem names the subgraph, type and field concerned. */
public class CompositionException extends Exception {

    private final List<String> problems;

    public CompositionException(List<String> problems) {
        super("The subgraphs do not compose: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

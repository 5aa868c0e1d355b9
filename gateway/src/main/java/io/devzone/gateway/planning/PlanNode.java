package io.devzone.gateway.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan as a tree of subgraph requests and their order: what a test or a log reads to see which requests an
 * operation costs and which waits for which. A fetch's dependents start once it has answered.
 */
public sealed interface PlanNode {

    /** One request to one subgraph: a root operation, or an {@code _entities} selection batched per level. */
    record Fetch(String subgraph, String operation) implements PlanNode {
    }

    /** Nodes that run one after the other: mutation fields in the client's order, a fetch before its dependents. */
    record Sequence(List<PlanNode> nodes) implements PlanNode {
    }

    /** Nodes that run together. */
    record Parallel(List<PlanNode> nodes) implements PlanNode {
    }

    /**
     * A fetch for every object at {@code path} of the response so far ({@code @} stands for each element of a
     * list), batched into one request.
     */
    record Flatten(String path, PlanNode node) implements PlanNode {
    }

    /** A fetch followed by what waits for it; the fetch alone when nothing does. */
    static PlanNode then(Fetch fetch, List<PlanNode> dependents) {
        return dependents.isEmpty() ? fetch : new Sequence(List.of(fetch, together(dependents)));
    }

    /** Several nodes in parallel; one node as itself. */
    static PlanNode together(List<PlanNode> nodes) {
        return nodes.size() == 1 ? nodes.get(0) : new Parallel(List.copyOf(nodes));
    }

    /** The tree as JSON data, a node a map with its {@code kind} as Apollo's query plans show theirs. */
    default Map<String, Object> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", getClass().getSimpleName());
        if (this instanceof Fetch fetch) {
            data.put("subgraph", fetch.subgraph());
            data.put("operation", fetch.operation());
        } else if (this instanceof Flatten flatten) {
            data.put("path", flatten.path());
            data.put("node", flatten.node().data());
        } else {
            List<PlanNode> nodes = this instanceof Sequence sequence ? sequence.nodes() : ((Parallel) this).nodes();
            data.put("nodes", nodes.stream().map(PlanNode::data).toList());
        }
        return data;
    }

    /** The tree indented two spaces a level, one node a line. */
    default String print() {
        StringBuilder text = new StringBuilder();
        print(this, "", text);
        return text.toString();
    }

    private static void print(PlanNode node, String indent, StringBuilder text) {
        text.append(indent);
        if (node instanceof Fetch fetch) {
            text.append("Fetch(").append(fetch.subgraph()).append(") ").append(fetch.operation()).append('\n');
        } else if (node instanceof Flatten flatten) {
            text.append("Flatten(").append(flatten.path()).append(")\n");
            print(flatten.node(), indent + "  ", text);
        } else {
            List<PlanNode> nodes = node instanceof Sequence sequence ? sequence.nodes() : ((Parallel) node).nodes();
            text.append(node instanceof Sequence ? "Sequence" : "Parallel").append('\n');
            nodes.forEach(each -> print(each, indent + "  ", text));
        }
    }
}

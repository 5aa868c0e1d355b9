package io.devzone.gateway.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * Refuses operations too costly to run, before any subgraph is asked: too deep, too many aliases, too many
 * fields (fragments counted where they are spread). Introspection is not counted, so GraphiQL keeps working.
 */
public final class QueryLimits {

    private final int maxDepth;
    private final int maxAliases;
    private final int maxComplexity;

    public QueryLimits(int maxDepth, int maxAliases, int maxComplexity) {
        this.maxDepth = maxDepth;
        this.maxAliases = maxAliases;
        this.maxComplexity = maxComplexity;
    }

    /** The first limit the document exceeds, as a client error; empty if it stays within all. */
    public Optional<GraphQLError> check(Document document) {
        Map<String, FragmentDefinition> fragments = new java.util.HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            Tally tally = new Tally();
            walk(operation.getSelectionSet(), 1, fragments, tally, new ArrayList<>());
            if (tally.depth > maxDepth) {
                return Optional.of(error("QUERY_TOO_DEEP", "The operation is " + tally.depth
                        + " levels deep; at most " + maxDepth + " are allowed."));
            }
            if (tally.aliases > maxAliases) {
                return Optional.of(error("TOO_MANY_ALIASES", "The operation uses " + tally.aliases
                        + " aliases; at most " + maxAliases + " are allowed."));
            }
            if (tally.fields > maxComplexity) {
                return Optional.of(error("QUERY_TOO_COMPLEX", "The operation selects " + tally.fields
                        + " fields (fragments counted where spread); at most " + maxComplexity + " are allowed."));
            }
        }
        return Optional.empty();
    }

    private static void walk(SelectionSet selections, int depth, Map<String, FragmentDefinition> fragments,
            Tally tally, List<String> spreading) {
        if (selections == null) {
            return;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                if (field.getName().startsWith("__") && field.getSelectionSet() != null) {
                    continue; // introspection
                }
                tally.fields++;
                tally.depth = Math.max(tally.depth, depth);
                if (field.getAlias() != null) {
                    tally.aliases++;
                }
                walk(field.getSelectionSet(), depth + 1, fragments, tally, spreading);
            } else if (selection instanceof InlineFragment inline) {
                walk(inline.getSelectionSet(), depth, fragments, tally, spreading);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())
                    && !spreading.contains(spread.getName())) {
                spreading.add(spread.getName());
                walk(fragments.get(spread.getName()).getSelectionSet(), depth, fragments, tally, spreading);
                spreading.remove(spreading.size() - 1);
            }
        }
    }

    private static GraphQLError error(String code, String message) {
        return GraphqlErrorBuilder.newError().message(message).extensions(Map.of("code", code)).build();
    }

    private static final class Tally {
        int depth;
        int aliases;
        int fields;
    }
}

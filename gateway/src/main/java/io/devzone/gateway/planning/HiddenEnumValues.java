package io.devzone.gateway.planning;

import java.util.Set;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

import io.devzone.gateway.composition.Supergraph;

/**
 * Whether an operation asks for a field of an enum type whose {@code @inaccessible} values a subgraph may answer
 * (an enum only some subgraphs know a value of, or one they hide): the gateway then checks the answer against the
 * client's schema, which nulls such a value with an error, rather than passing it on as the subgraph sent it.
 */
final class HiddenEnumValues {

    private HiddenEnumValues() {
    }

    static boolean asked(Supergraph supergraph, ExecutableNormalizedOperation operation) {
        Set<String> enums = supergraph.enumsWithHiddenValues();
        // a schema that hides no enum value (DevZone's own) has nothing to look for
        return !enums.isEmpty() && operation.getTopLevelFields().stream()
                .anyMatch(field -> asks(field, enums, supergraph.schema()));
    }

    private static boolean asks(ExecutableNormalizedField field, Set<String> enums, GraphQLSchema schema) {
        return enums.contains(GraphQLTypeUtil.unwrapAll(field.getType(schema)).getName())
                || field.getChildren().stream().anyMatch(child -> asks(child, enums, schema));
    }
}

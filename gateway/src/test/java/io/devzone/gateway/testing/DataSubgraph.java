package io.devzone.gateway.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLUnionType;
import graphql.schema.TypeResolver;

import io.devzone.gateway.composition.CompositionException;
import io.devzone.gateway.composition.Subgraph;
import io.devzone.gateway.composition.SubgraphSdl;

/**
 * A {@link FakeSubgraph} handler that really executes each operation over its SDL and fixed data, so a test states
 * the subgraph's data rather than its answers to the gateway's exact requests. Objects are maps (their
 * {@code __typename} tells an abstract type's member); a value that is a function of the field's arguments is
 * called with them, {@code _entities} included (its argument {@code representations}).
 */
public final class DataSubgraph {

    private DataSubgraph() {
    }

    @SuppressWarnings("unchecked")
    public static Function<FakeSubgraph.Received, Map<String, Object>> over(SubgraphSdl sdl, Map<String, ?> root) {
        GraphQLSchema own;
        try {
            own = Subgraph.parse(sdl).schema();
        } catch (CompositionException e) {
            throw new IllegalArgumentException(e);
        }
        TypeResolver byTypename = env -> env.getSchema().getObjectType(
                (String) ((Map<?, ?>) env.getObject()).get("__typename"));
        GraphQLCodeRegistry.Builder code = GraphQLCodeRegistry.newCodeRegistry()
                .defaultDataFetcher(environment -> (DataFetcher<Object>) env -> {
                    Object value = ((Map<?, ?>) env.getSource()).get(env.getField().getName());
                    return value instanceof Function<?, ?> function
                            ? ((Function<Map<String, Object>, Object>) function).apply(env.getArguments())
                            : value;
                });
        own.getAllTypesAsList().forEach(type -> {
            if (type instanceof GraphQLInterfaceType || type instanceof GraphQLUnionType) {
                code.typeResolver(type.getName(), byTypename);
            }
        });
        GraphQL graphQL = GraphQL.newGraphQL(own.transform(b -> b.codeRegistry(code.build()))).build();
        return received -> {
            ExecutionResult result = graphQL.execute(ExecutionInput.newExecutionInput().query(received.query())
                    .variables(received.variables()).root(root).build());
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("data", result.getData());
            if (!result.getErrors().isEmpty()) {
                response.put("errors", result.getErrors().stream().map(e -> e.toSpecification()).toList());
            }
            return response;
        };
    }

    /** {@code _entities} over entities found by their representation; null where none is found. */
    @SuppressWarnings("unchecked")
    public static Function<Map<String, Object>, Object> entities(
            Function<Map<String, Object>, Map<String, ?>> find) {
        return arguments -> ((List<Map<String, Object>>) arguments.get("representations")).stream()
                .map(find).toList();
    }
}

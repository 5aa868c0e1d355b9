package io.devzone.gateway.execution;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.TypeResolver;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.InterfaceWiringEnvironment;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.ScalarWiringEnvironment;
import graphql.schema.idl.UnionWiringEnvironment;
import graphql.schema.idl.WiringFactory;

import io.devzone.gateway.planning.EntityFetch;

/**
 * How the composed schema executes: every field through {@link FederatedDataFetcher}, abstract types by the
 * {@code __typename} the planner asks subgraphs for, custom scalars passed through.
 */
public final class GatewayWiring implements WiringFactory {

    /**
     * Null (graphql-java then nulls the field with an error) for a {@code __typename} that names no object type: a
     * subgraph answering an interface's own name, which nothing implements.
     */
    private static final TypeResolver BY_TYPENAME = env -> env.getSchema().getType(String.valueOf(
            ((Fetched) env.getObject()).data().get(EntityFetch.TYPENAME_ALIAS))) instanceof GraphQLObjectType object
                    ? object : null;

    @Override
    public boolean providesScalar(ScalarWiringEnvironment environment) {
        return !ScalarInfo.isGraphqlSpecifiedScalar(environment.getScalarTypeDefinition().getName());
    }

    @Override
    public GraphQLScalarType getScalar(ScalarWiringEnvironment environment) {
        var definition = environment.getScalarTypeDefinition();
        return PassThroughScalar.named(definition.getName(),
                definition.getDescription() == null ? null : definition.getDescription().getContent());
    }

    @Override
    public boolean providesTypeResolver(InterfaceWiringEnvironment environment) {
        return true;
    }

    @Override
    public TypeResolver getTypeResolver(InterfaceWiringEnvironment environment) {
        return BY_TYPENAME;
    }

    @Override
    public boolean providesTypeResolver(UnionWiringEnvironment environment) {
        return true;
    }

    @Override
    public TypeResolver getTypeResolver(UnionWiringEnvironment environment) {
        return BY_TYPENAME;
    }

    @Override
    public DataFetcher<?> getDefaultDataFetcher(FieldWiringEnvironment environment) {
        return FederatedDataFetcher.INSTANCE;
    }
}

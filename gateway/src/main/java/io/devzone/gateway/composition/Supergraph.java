package io.devzone.gateway.composition;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaPrinter;

/**
 * A composed schema: what clients query, and for each field which subgraphs resolve it, so the planner can send
 * every part of a query where it belongs.
 */
public final class Supergraph {

    private final GraphQLSchema schema;
    private final Map<String, Subgraph> subgraphs;
    private final Map<String, Map<String, List<String>>> resolvers;
    private final Map<String, Map<String, String>> requires;
    private final Set<String> enumsWithHiddenValues;
    private final String sdl;

    Supergraph(GraphQLSchema schema, Map<String, Subgraph> subgraphs, Map<String, Map<String, List<String>>> resolvers,
            Map<String, Map<String, String>> requires, Set<String> enumsWithHiddenValues) {
        this.schema = schema;
        this.subgraphs = Map.copyOf(subgraphs);
        this.resolvers = resolvers;
        this.requires = requires;
        this.enumsWithHiddenValues = Set.copyOf(enumsWithHiddenValues);
        // of all directives only @constraint, and its definition, are printed for clients (Constraints)
        this.sdl = new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
                .includeDirectives(Constraints.DIRECTIVE::equals)
                .includeDirectiveDefinition(Constraints.DIRECTIVE::equals)
                .includeScalarTypes(true)).print(schema);
    }

    /** The schema clients see. */
    public GraphQLSchema schema() {
        return schema;
    }

    /** The client schema as SDL. */
    public String sdl() {
        return sdl;
    }

    public Collection<Subgraph> subgraphs() {
        return subgraphs.values();
    }

    public Subgraph subgraph(String name) {
        return subgraphs.get(name);
    }

    /**
     * The enum types of which a subgraph knows an {@code @inaccessible} value: a subgraph may answer one the client's
     * schema lacks, so an answer holding them is checked against that schema, never passed on as it came.
     */
    public Set<String> enumsWithHiddenValues() {
        return enumsWithHiddenValues;
    }

    /** The subgraphs that resolve {@code type.field}, in composition order; empty for {@code __typename}. */
    public List<String> resolvers(String type, String field) {
        return resolvers.getOrDefault(type, Map.of()).getOrDefault(field, List.of());
    }

    /** The field set a subgraph needs from elsewhere to resolve {@code type.field} ({@code @requires}). */
    public Optional<String> requires(String type, String field, String subgraph) {
        return Optional.ofNullable(requires.getOrDefault(type + "." + field, Map.of()).get(subgraph));
    }

    /**
     * The fields {@code subgraph} returns with {@code type.field} though it does not resolve them on their own
     * ({@code @provides}): the planner takes them from there when it reaches them through that field.
     */
    public Optional<String> provides(String subgraph, String type, String field) {
        return subgraphs.get(subgraph).provides(type, field);
    }

    /** The resolvable keys of {@code type} in {@code subgraph}, in declaration order: any one finds an entity. */
    public List<String> entityKeys(String subgraph, String type) {
        return subgraphs.get(subgraph).entityKeys(type);
    }

    /**
     * The name {@code subgraph} knows an object type of the composed schema by: its own, or that of the
     * {@code @interfaceObject} standing there for an interface the type implements; null if neither.
     */
    public String typeIn(String subgraph, String objectType) {
        Subgraph own = subgraphs.get(subgraph);
        if (own.schema().getObjectType(objectType) != null) {
            return objectType;
        }
        GraphQLObjectType type = schema.getObjectType(objectType);
        return type == null ? null : type.getInterfaces().stream().map(GraphQLNamedOutputType::getName)
                .filter(own::isInterfaceObject).findFirst().orElse(null);
    }

    /** Whether {@code subgraph}'s type of that name is an {@code @interfaceObject}. */
    public boolean isInterfaceObject(String subgraph, String type) {
        return subgraphs.get(subgraph).isInterfaceObject(type);
    }

    /** The key a representation of {@code type} must carry for {@code subgraph}'s {@code _entities}. */
    public Optional<String> entityKey(String subgraph, String type) {
        return subgraphs.get(subgraph).entityKey(type);
    }
}

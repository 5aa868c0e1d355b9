package io.devzone.gateway.composition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.language.Definition;
import graphql.language.DirectiveDefinition;
import graphql.language.Document;
import graphql.language.FieldDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.SDLDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.SchemaDefinition;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/**
 * One subgraph as the gateway understands it: its types (extensions folded in, protocol types set aside), the
 * federation facts the composer and planner need, and a schema of its own to print its queries against.
 */
public final class Subgraph {

    private final String name;
    private final String url;
    private final Map<String, TypeDefinition<?>> types;
    private final Map<String, DirectiveDefinition> directives;
    private final GraphQLSchema schema;

    private Subgraph(String name, String url, Map<String, TypeDefinition<?>> types,
            Map<String, DirectiveDefinition> directives) {
        this.name = name;
        this.url = url;
        this.types = types;
        this.directives = directives;
        this.schema = ownSchema(types);
    }

    /** Reads a subgraph's SDL; refuses one that is no Apollo Federation v2 subgraph. */
    public static Subgraph parse(SubgraphSdl sdl) throws CompositionException {
        Document document;
        try {
            document = Parser.parse(sdl.sdl());
        } catch (InvalidSyntaxException e) {
            throw new CompositionException(List.of("subgraph " + sdl.name() + ": its SDL does not parse: "
                    + e.getMessage()));
        }
        boolean linksFederation2 = document.getDefinitionsOfType(SchemaDefinition.class).stream()
                .flatMap(schema -> schema.getDirectives().stream())
                .filter(d -> d.getName().equals("link"))
                .anyMatch(link -> Federation.stringArgument(link, "url")
                        .filter(url -> url.startsWith(Federation.SPEC_URL)).isPresent());
        if (!linksFederation2) {
            throw new CompositionException(List.of("subgraph " + sdl.name()
                    + ": not an Apollo Federation v2 subgraph (its SDL has no @link to " + Federation.SPEC_URL + ")"));
        }
        Map<String, TypeDefinition<?>> types = new LinkedHashMap<>();
        Map<String, DirectiveDefinition> directives = new LinkedHashMap<>();
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof TypeDefinition<?> type && definition instanceof SDLDefinition<?>
                    && !Federation.isProtocolType(type.getName())) {
                types.merge(type.getName(), withoutProtocolFields(type), Definitions::fold);
            } else if (definition instanceof DirectiveDefinition directive) {
                directives.putIfAbsent(directive.getName(), directive);
            }
        }
        return new Subgraph(sdl.name(), sdl.url(), types, directives);
    }

    public String name() {
        return name;
    }

    public String url() {
        return url;
    }

    /** This subgraph's own schema (with {@code _entities}), to print the operations sent to it. */
    public GraphQLSchema schema() {
        return schema;
    }

    Map<String, TypeDefinition<?>> types() {
        return types;
    }

    /** The definition of a directive this subgraph declares, by name. */
    Optional<DirectiveDefinition> directive(String name) {
        return Optional.ofNullable(directives.get(name));
    }

    /** The key a representation of this entity type must carry for this subgraph, if it resolves the type. */
    Optional<String> entityKey(String typeName) {
        return types.get(typeName) instanceof ObjectTypeDefinition type
                ? Federation.keys(type).stream().findFirst()
                : Optional.empty();
    }

    private static TypeDefinition<?> withoutProtocolFields(TypeDefinition<?> type) {
        if (type instanceof ObjectTypeDefinition object) {
            List<FieldDefinition> fields = object.getFieldDefinitions().stream()
                    .filter(f -> !f.getName().equals(Federation.ENTITIES) && !f.getName().equals(Federation.SERVICE))
                    .toList();
            return ObjectTypeDefinition.newObjectTypeDefinition().name(object.getName())
                    .description(object.getDescription()).implementz(object.getImplements())
                    .directives(object.getDirectives()).fieldDefinitions(fields).build();
        }
        return type;
    }

    /** The subgraph's types without directives, plus the {@code _entities} entry point over its entities. */
    private static GraphQLSchema ownSchema(Map<String, TypeDefinition<?>> types) {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        List<TypeName> entities = new ArrayList<>();
        types.values().forEach(type -> {
            if (type instanceof ObjectTypeDefinition object && Federation.isEntity(object)) {
                entities.add(new TypeName(object.getName()));
            }
        });
        types.values().forEach(type -> {
            if (type.getName().equals("Query") && type instanceof ObjectTypeDefinition query && !entities.isEmpty()) {
                List<FieldDefinition> fields = new ArrayList<>(query.getFieldDefinitions());
                fields.add(FieldDefinition.newFieldDefinition().name(Federation.ENTITIES)
                        .inputValueDefinition(InputValueDefinition.newInputValueDefinition().name("representations")
                                .type(new NonNullType(new ListType(new NonNullType(new TypeName("_Any"))))).build())
                        .type(new NonNullType(new ListType(new TypeName("_Entity")))).build());
                registry.add(Definitions.clean(query.transform(b -> b.fieldDefinitions(fields))));
            } else {
                registry.add(Definitions.clean(type));
            }
        });
        if (!entities.isEmpty()) {
            registry.add(ScalarTypeDefinition.newScalarTypeDefinition().name("_Any").build());
            registry.add(UnionTypeDefinition.newUnionTypeDefinition().name("_Entity").memberTypes(
                    new ArrayList<>(entities)).build());
        }
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }

    @Override
    public String toString() {
        return name + " (" + url + ")";
    }

    /** For error messages: the subgraph and where in its schema. */
    static String where(String subgraph, String type, String field) {
        return "subgraph " + subgraph + ": " + type + (field == null ? "" : "." + field);
    }

}

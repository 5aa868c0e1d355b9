package io.devzone.gateway.composition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.DirectiveDefinition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.SDLDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.SchemaDefinition;
import graphql.language.SelectionSet;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeInfo;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/**
 * One subgraph as the gateway understands it: its types (extensions folded in, protocol types set aside), the
 * federation facts the composer and planner need, and a schema of its own to print its queries against. A subgraph
 * whose SDL links no Federation v2 spec is a Federation v1 one, read as Apollo's composition upgrades it: its fields
 * may be resolved by other subgraphs too (as if {@code @shareable}).
 */
public final class Subgraph {

    private final String name;
    private final String url;
    private final Map<String, TypeDefinition<?>> types;
    private final Map<String, DirectiveDefinition> directives;
    private final GraphQLSchema schema;
    private final boolean federation1;
    private Set<String> keyFields;

    private Subgraph(String name, String url, Map<String, TypeDefinition<?>> types,
            Map<String, DirectiveDefinition> directives, boolean federation1) {
        this.name = name;
        this.url = url;
        this.types = types;
        this.directives = directives;
        this.federation1 = federation1;
        this.schema = ownSchema(types);
    }

    /** Reads a subgraph's SDL (Apollo Federation v2, or v1 when it links no v2 spec). */
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
        Map<String, TypeDefinition<?>> types = new LinkedHashMap<>();
        Map<String, DirectiveDefinition> directives = new LinkedHashMap<>();
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof TypeDefinition<?> type && definition instanceof SDLDefinition<?>
                    && !Federation.isProtocolType(type.getName())) {
                TypeDefinition<?> own = withExternalFields(withoutProtocolFields(type));
                if (definition instanceof ObjectTypeExtensionDefinition || Federation.has(type, "extends")) {
                    own = withoutFakeExternals(own);
                }
                types.merge(type.getName(), own, Definitions::fold);
            } else if (definition instanceof DirectiveDefinition directive) {
                directives.putIfAbsent(directive.getName(), directive);
            }
        }
        return new Subgraph(sdl.name(), sdl.url(), types, directives, !linksFederation2);
    }

    /** Whether it is a Federation v1 subgraph: none of its fields is refused for being resolved elsewhere too. */
    boolean federation1() {
        return federation1;
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

    /**
     * The resolvable keys of this entity type here, none if this subgraph does not resolve the type. An interface
     * with a key (an entity interface) finds the implementation an entity is: {@code _entities} asked with the
     * interface's name answers it.
     */
    List<String> entityKeys(String typeName) {
        return types.get(typeName) instanceof ImplementingTypeDefinition<?> type ? Federation.keys(type) : List.of();
    }

    /** Whether this subgraph's type of that name is an {@code @interfaceObject}: the interface, seen from here. */
    boolean isInterfaceObject(String typeName) {
        return types.get(typeName) instanceof ObjectTypeDefinition type && Federation.has(type, "interfaceObject");
    }

    /** The key a representation of this entity type must carry for this subgraph, if it resolves the type. */
    Optional<String> entityKey(String typeName) {
        return types.get(typeName) instanceof ObjectTypeDefinition type
                ? Federation.keys(type).stream().findFirst()
                : Optional.empty();
    }

    /** The fields this subgraph returns with {@code type.field} though it resolves them elsewhere only ({@code @provides}). */
    Optional<String> provides(String typeName, String field) {
        return types.get(typeName) instanceof ImplementingTypeDefinition<?> type
                ? type.getFieldDefinitions().stream().filter(f -> f.getName().equals(field)).findFirst()
                        .flatMap(Federation::provides)
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

    /** {@code @external} on a type marks each of its fields. */
    private static TypeDefinition<?> withExternalFields(TypeDefinition<?> type) {
        if (!(type instanceof ObjectTypeDefinition object) || !Federation.has(object, "external")) {
            return type;
        }
        Directive external = object.getDirectives().stream()
                .filter(d -> Federation.isNamed(d, "external")).findFirst().orElseThrow();
        return object.transform(b -> b.directives(object.getDirectives().stream().filter(d -> d != external).toList())
                .fieldDefinitions(object.getFieldDefinitions().stream()
                        .map(field -> Federation.has(field, "external") ? field
                                : field.transform(f -> f.directive(external)))
                        .toList()));
    }

    /**
     * Whether {@code type.field} is part of one of this subgraph's keys, at any depth ({@code compositeId { one }}
     * makes {@code CompositeId.one} one): such a field may be resolved by other subgraphs too.
     */
    boolean isKeyField(String type, String field) {
        if (keyFields == null) {
            Set<String> coordinates = new HashSet<>();
            types.values().forEach(each -> {
                if (each instanceof ObjectTypeDefinition object) {
                    Federation.allKeys(object).forEach(fieldSet -> collectKeyFields(object.getName(),
                            FieldSets.parse(fieldSet), coordinates));
                }
            });
            keyFields = coordinates;
        }
        return keyFields.contains(type + "." + field);
    }

    private void collectKeyFields(String type, SelectionSet selections,
            Set<String> coordinates) {
        for (Field selected : selections.getSelectionsOfType(Field.class)) {
            coordinates.add(type + "." + selected.getName());
            if (selected.getSelectionSet() != null && types.get(type) instanceof ObjectTypeDefinition object) {
                object.getFieldDefinitions().stream().filter(f -> f.getName().equals(selected.getName())).findFirst()
                        .ifPresent(f -> collectKeyFields(TypeInfo.typeInfo(f.getType()).getName(),
                                selected.getSelectionSet(), coordinates));
            }
        }
    }

    /**
     * An extension's key fields marked {@code @external} are resolved here all the same (Federation v1 required the
     * mark; Apollo calls them fake externals): the mark is dropped.
     */
    private static TypeDefinition<?> withoutFakeExternals(TypeDefinition<?> type) {
        if (!(type instanceof ObjectTypeDefinition object)) {
            return type;
        }
        Set<String> keyFields = new HashSet<>();
        Federation.allKeys(object).forEach(fieldSet -> keyFields.addAll(FieldSets.topLevelNames(fieldSet)));
        return object.transform(b -> b.fieldDefinitions(object.getFieldDefinitions().stream()
                .map(field -> keyFields.contains(field.getName()) ? field.transform(f -> f.directives(
                        field.getDirectives().stream().filter(d -> !Federation.isNamed(d, "external")).toList()))
                        : field)
                .toList()));
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
        // a subgraph with no Query field of its own still has a Query: _entities, or _service alone
        ObjectTypeDefinition query = types.get("Query") instanceof ObjectTypeDefinition own ? own
                : ObjectTypeDefinition.newObjectTypeDefinition().name("Query").build();
        List<FieldDefinition> queryFields = new ArrayList<>(query.getFieldDefinitions());
        if (!entities.isEmpty()) {
            queryFields.add(FieldDefinition.newFieldDefinition().name(Federation.ENTITIES)
                    .inputValueDefinition(InputValueDefinition.newInputValueDefinition().name("representations")
                            .type(new NonNullType(new ListType(new NonNullType(new TypeName("_Any"))))).build())
                    .type(new NonNullType(new ListType(new TypeName("_Entity")))).build());
        }
        if (queryFields.isEmpty()) {
            queryFields.add(FieldDefinition.newFieldDefinition().name(Federation.SERVICE)
                    .type(new TypeName("String")).build());
        }
        registry.add(Definitions.clean(query.transform(b -> b.fieldDefinitions(queryFields))));
        types.values().stream().filter(type -> !type.getName().equals("Query"))
                .forEach(type -> registry.add(Definitions.clean(type)));
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

package io.devzone.gateway.composition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.language.DirectiveDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.WiringFactory;
import graphql.schema.idl.errors.SchemaProblem;

/**
 * Composes Apollo Federation subgraphs (v2, and v1 as Apollo upgrades them: {@link Subgraph}) into the one schema
 * clients see, and records who resolves what for the planner. Rules: an object type's fields are the union of the
 * subgraphs' fields, each of the most general of its types ({@link OutputTypes}); a field resolved by several
 * subgraphs must be a key field (of any key, at any depth) or {@code @shareable} in each; {@code @external} fields
 * (or all of an {@code @external} type's) are resolved elsewhere, and {@code @override(from:)} takes a field away
 * from the subgraph named; an {@code @interfaceObject}'s fields are its subgraph's on the interface and on every
 * implementation;
 * {@code @inaccessible} types, fields, arguments, enum values and input fields are hidden from clients
 * ({@link Inaccessible}); enums and unions take the union of their
 * values, input types the intersection of their fields. Of the subgraphs' own directives only {@code @constraint}
 * reaches clients, where the subgraphs agree ({@link Constraints}). Every problem names the subgraph, type and field.
 */
public class Composer {

    private final WiringFactory wiring;

    /** @param wiring how the composed schema's fields are fetched and its abstract types resolved */
    public Composer(WiringFactory wiring) {
        this.wiring = wiring;
    }

    public Supergraph compose(List<SubgraphSdl> sdls) throws CompositionException {
        List<String> problems = new ArrayList<>();
        Map<String, Subgraph> subgraphs = new LinkedHashMap<>();
        for (SubgraphSdl sdl : sdls) {
            try {
                subgraphs.put(sdl.name(), Subgraph.parse(sdl));
            } catch (CompositionException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new CompositionException(problems);
        }
        Map<String, Map<String, TypeDefinition<?>>> byType = new LinkedHashMap<>();
        subgraphs.values().forEach(subgraph -> subgraph.types().forEach((typeName, type) ->
                byType.computeIfAbsent(typeName, ignored -> new LinkedHashMap<>()).put(subgraph.name(), type)));

        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        Optional<DirectiveDefinition> constraint = Constraints.definition(subgraphs.values());
        constraint.ifPresent(registry::add);
        Map<String, Map<String, List<String>>> resolvers = new LinkedHashMap<>();
        Map<String, Map<String, String>> requires = new LinkedHashMap<>();
        Set<String> enumsWithHiddenValues = new LinkedHashSet<>();
        standInForInterfaces(byType, problems);
        OutputTypes outputTypes = new OutputTypes(byType);
        byType.forEach((typeName, definitions) -> {
            if (!sameKind(typeName, definitions, problems)) {
                return;
            }
            TypeDefinition<?> first = definitions.values().iterator().next();
            boolean hidden = Inaccessible.type(definitions.values());
            TypeDefinition<?> merged;
            if (first instanceof ObjectTypeDefinition) {
                merged = mergeObject(typeName, definitions, subgraphs, outputTypes, resolvers, requires, problems);
            } else if (first instanceof InterfaceTypeDefinition) {
                merged = mergeInterface(typeName, definitions, outputTypes, problems);
            } else if (first instanceof InputObjectTypeDefinition) {
                merged = mergeInput(typeName, definitions, problems);
            } else { // enums, unions and scalars: the union of what the subgraphs say
                merged = definitions.values().stream().reduce(Definitions::fold).orElseThrow();
            }
            if (!hidden) {
                registry.add(Definitions.clean(Inaccessible.hide(typeName, merged, definitions.values(), problems),
                        constraint.isPresent()));
            }
            if (Inaccessible.hidesValues(definitions.values())) {
                enumsWithHiddenValues.add(typeName);
            }
        });
        if (!byType.containsKey("Query")) {
            problems.add("no subgraph defines a Query type");
        }
        if (!problems.isEmpty()) {
            throw new CompositionException(problems);
        }
        GraphQLSchema schema;
        try {
            schema = new SchemaGenerator().makeExecutableSchema(registry,
                    RuntimeWiring.newRuntimeWiring().wiringFactory(wiring).build());
        } catch (SchemaProblem e) {
            throw new CompositionException(e.getErrors().stream().map(Object::toString).toList());
        }
        return new Supergraph(schema, subgraphs, resolvers, requires, enumsWithHiddenValues);
    }

    /**
     * An {@code @interfaceObject} is a subgraph's object type standing for the interface of that name another
     * subgraph defines (with its implementations): its fields join the interface, and the subgraph resolves them on
     * every implementation, as if each implementation declared them there.
     */
    private static void standInForInterfaces(Map<String, Map<String, TypeDefinition<?>>> byType,
            List<String> problems) {
        Map<String, Map<String, ObjectTypeDefinition>> standIns = new LinkedHashMap<>();
        byType.forEach((typeName, definitions) -> definitions.forEach((subgraph, definition) -> {
            if (definition instanceof ObjectTypeDefinition object && Federation.has(object, "interfaceObject")) {
                standIns.computeIfAbsent(typeName, ignored -> new LinkedHashMap<>()).put(subgraph, object);
            }
        }));
        standIns.forEach((typeName, bySubgraph) -> {
            Map<String, TypeDefinition<?>> definitions = byType.get(typeName);
            definitions.keySet().removeAll(bySubgraph.keySet());
            if (definitions.isEmpty() || !(definitions.values().iterator().next() instanceof InterfaceTypeDefinition)) {
                bySubgraph.keySet().forEach(subgraph -> problems.add(Subgraph.where(subgraph, typeName, null)
                        + " is an @interfaceObject but no subgraph defines interface " + typeName));
                definitions.putAll(bySubgraph);
                return;
            }
            List<String> implementations = byType.entrySet().stream()
                    .filter(type -> type.getValue().values().stream().anyMatch(d -> d instanceof ObjectTypeDefinition
                            object && object.getImplements().stream()
                                    .anyMatch(i -> ((TypeName) i).getName().equals(typeName))))
                    .map(Map.Entry::getKey).toList();
            bySubgraph.forEach((subgraph, object) -> {
                definitions.put(subgraph, InterfaceTypeDefinition.newInterfaceTypeDefinition().name(typeName)
                        .definitions(object.getFieldDefinitions()).build());
                implementations.forEach(implementation -> byType.get(implementation).put(subgraph, object));
            });
        });
    }

    private static boolean sameKind(String typeName, Map<String, TypeDefinition<?>> definitions, List<String> problems) {
        Set<String> kinds = new LinkedHashSet<>();
        definitions.values().forEach(d -> kinds.add(kind(d)));
        if (kinds.size() > 1) {
            List<String> each = new ArrayList<>();
            definitions.forEach((subgraph, d) -> each.add(kind(d) + " in subgraph " + subgraph));
            problems.add("type " + typeName + " is defined as different kinds: " + String.join(", ", each));
            return false;
        }
        return true;
    }

    private static String kind(TypeDefinition<?> definition) {
        return definition.getClass().getSimpleName().replace("TypeExtensionDefinition", "")
                .replace("TypeDefinition", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static ObjectTypeDefinition mergeObject(String typeName, Map<String, TypeDefinition<?>> definitions,
            Map<String, Subgraph> subgraphs, OutputTypes outputTypes, Map<String, Map<String, List<String>>> resolvers,
            Map<String, Map<String, String>> requires, List<String> problems) {
        Map<String, FieldDefinition> fields = new LinkedHashMap<>();
        Map<String, Map<String, Type<?>>> fieldTypes = new LinkedHashMap<>();
        Map<String, List<String>> fieldResolvers = resolvers.computeIfAbsent(typeName, ignored -> new LinkedHashMap<>());
        Map<String, Set<String>> overridden = new LinkedHashMap<>();
        definitions.forEach((subgraph, definition) -> {
            ObjectTypeDefinition object = (ObjectTypeDefinition) definition;
            for (FieldDefinition field : object.getFieldDefinitions()) {
                fieldTypes.computeIfAbsent(field.getName(), ignored -> new LinkedHashMap<>())
                        .put(subgraph, field.getType());
                fields.merge(field.getName(), field, (kept, again) -> kept.transform(b -> b.inputValueDefinitions(
                        Constraints.agreed(kept.getInputValueDefinitions(), again.getInputValueDefinitions()))));
                if (Federation.has(field, "external")) {
                    continue;
                }
                fieldResolvers.computeIfAbsent(field.getName(), ignored -> new ArrayList<>()).add(subgraph);
                Federation.overrides(field).ifPresent(from -> overridden
                        .computeIfAbsent(field.getName(), ignored -> new LinkedHashSet<>()).add(from));
                Federation.requires(field).ifPresent(fieldSet -> requires
                        .computeIfAbsent(typeName + "." + field.getName(), ignored -> new LinkedHashMap<>())
                        .put(subgraph, fieldSet));
            }
        });
        // a field taken over with @override is no longer resolved where it came from
        overridden.forEach((field, from) -> fieldResolvers.get(field).removeAll(from));
        fieldTypes.forEach((field, types) -> outputTypes.merged(typeName, field, types, problems)
                .ifPresent(type -> fields.computeIfPresent(field, (name, kept) -> kept.transform(b -> b.type(type)))));
        fields.keySet().forEach(field -> {
            List<String> by = fieldResolvers.getOrDefault(field, List.of());
            if (by.isEmpty()) {
                problems.add("type " + typeName + "." + field + " is @external in every subgraph that declares it");
            }
            if (by.size() > 1) {
                by.stream().filter(subgraph -> !sharedIn(subgraphs.get(subgraph), definitions.get(subgraph), field))
                        .forEach(subgraph -> problems.add(Subgraph.where(subgraph, typeName, field)
                                + " is also resolved by subgraph(s) "
                                + by.stream().filter(other -> !other.equals(subgraph)).toList()
                                + " but is not @shareable here"));
            }
        });
        ObjectTypeDefinition first = (ObjectTypeDefinition) definitions.values().iterator().next();
        return definitions.values().stream().map(d -> (ObjectTypeDefinition) d)
                .reduce(first, (a, b) -> (ObjectTypeDefinition) Definitions.fold(a, b))
                .transform(b -> b.fieldDefinitions(List.copyOf(fields.values())));
    }

    /**
     * Whether a subgraph lets others resolve the field too: {@code @shareable} on it or its type, part of a key
     * there, or a Federation v1 subgraph (whose fields Apollo's composition upgrades to shareable where needed).
     */
    private static boolean sharedIn(Subgraph subgraph, TypeDefinition<?> definition, String field) {
        ObjectTypeDefinition object = (ObjectTypeDefinition) definition;
        return subgraph.federation1() || Federation.has(object, "shareable")
                || subgraph.isKeyField(object.getName(), field)
                || object.getFieldDefinitions().stream()
                        .anyMatch(f -> f.getName().equals(field) && Federation.has(f, "shareable"));
    }

    private static InterfaceTypeDefinition mergeInterface(String typeName, Map<String, TypeDefinition<?>> definitions,
            OutputTypes outputTypes, List<String> problems) {
        Map<String, Map<String, Type<?>>> fieldTypes = new LinkedHashMap<>();
        definitions.forEach((subgraph, definition) -> ((InterfaceTypeDefinition) definition).getFieldDefinitions()
                .forEach(field -> fieldTypes.computeIfAbsent(field.getName(), ignored -> new LinkedHashMap<>())
                        .put(subgraph, field.getType())));
        InterfaceTypeDefinition merged = (InterfaceTypeDefinition) definitions.values().stream()
                .reduce(Definitions::fold).orElseThrow();
        Map<String, Type<?>> types = new LinkedHashMap<>();
        fieldTypes.forEach((field, each) -> outputTypes.merged(typeName, field, each, problems)
                .ifPresent(type -> types.put(field, type)));
        return merged.transform(b -> b.definitions(merged.getFieldDefinitions().stream()
                .map(f -> types.containsKey(f.getName()) ? f.transform(fb -> fb.type(types.get(f.getName()))) : f)
                .toList()));
    }

    private static InputObjectTypeDefinition mergeInput(String typeName, Map<String, TypeDefinition<?>> definitions,
            List<String> problems) {
        Map<String, InputValueDefinition> common = null;
        for (Map.Entry<String, TypeDefinition<?>> entry : definitions.entrySet()) {
            Map<String, InputValueDefinition> these = new LinkedHashMap<>();
            ((InputObjectTypeDefinition) entry.getValue()).getInputValueDefinitions()
                    .forEach(value -> these.put(value.getName(), value));
            if (common != null) {
                for (InputValueDefinition value : common.values()) {
                    InputValueDefinition other = these.get(value.getName());
                    if (other == null && value.getType() instanceof NonNullType) {
                        problems.add(Subgraph.where(entry.getKey(), typeName, value.getName())
                                + " is required elsewhere but missing here");
                    } else if (other != null && !Definitions.print(other.getType())
                            .equals(Definitions.print(value.getType()))) {
                        problems.add(Subgraph.where(entry.getKey(), typeName, value.getName()) + " has type "
                                + Definitions.print(other.getType()) + " but " + Definitions.print(value.getType())
                                + " elsewhere");
                    }
                }
                common.keySet().retainAll(these.keySet());
                common.replaceAll((field, value) -> Constraints.agreed(value, these.get(field)));
            } else {
                common = these;
            }
        }
        List<InputValueDefinition> fields = new ArrayList<>(common.values());
        return ((InputObjectTypeDefinition) definitions.values().iterator().next())
                .transform(b -> b.inputValueDefinitions(fields));
    }
}

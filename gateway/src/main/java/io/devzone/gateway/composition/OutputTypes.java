package io.devzone.gateway.composition;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.language.ImplementingTypeDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;

/**
 * The Federation v2 rule for a field whose type differs between subgraphs: the composed field has the most general
 * of them, the one every other is a subtype of ({@code ID} over {@code ID!}, a union or interface over its member,
 * element-wise in lists), so each subgraph's answer fits it. Types with no such common one do not compose.
 */
final class OutputTypes {

    /** For a union or interface, its members and implementations across all subgraphs. */
    private final Map<String, Set<String>> subtypes = new LinkedHashMap<>();

    OutputTypes(Map<String, Map<String, TypeDefinition<?>>> byType) {
        byType.values().forEach(definitions -> definitions.values().forEach(definition -> {
            if (definition instanceof UnionTypeDefinition union) {
                union.getMemberTypes().forEach(member -> subtypes
                        .computeIfAbsent(union.getName(), ignored -> new LinkedHashSet<>())
                        .add(((TypeName) member).getName()));
            } else if (definition instanceof ImplementingTypeDefinition<?> implementing) {
                implementing.getImplements().forEach(implemented -> subtypes
                        .computeIfAbsent(((TypeName) implemented).getName(), ignored -> new LinkedHashSet<>())
                        .add(implementing.getName()));
            }
        }));
    }

    /** The type {@code type.field} has in the composed schema, or none (a problem added) if the subgraphs' clash. */
    Optional<Type<?>> merged(String type, String field, Map<String, Type<?>> bySubgraph, List<String> problems) {
        Collection<Type<?>> types = bySubgraph.values();
        Optional<Type<?>> general = types.stream()
                .filter(candidate -> types.stream().allMatch(other -> isSubtype(other, candidate))).findFirst();
        if (general.isEmpty()) {
            Type<?> first = types.iterator().next();
            int before = problems.size();
            bySubgraph.forEach((subgraph, each) -> {
                if (!isSubtype(each, first) && !isSubtype(first, each)) {
                    problems.add(Subgraph.where(subgraph, type, field) + " has type " + Definitions.print(each)
                            + " but " + Definitions.print(first) + " elsewhere");
                }
            });
            if (problems.size() == before) {
                problems.add("type " + type + "." + field + " has types with no common one: " + types.stream()
                        .map(Definitions::print).toList());
            }
        }
        return general;
    }

    private boolean isSubtype(Type<?> sub, Type<?> sup) {
        if (sup instanceof NonNullType nonNullSup) {
            return sub instanceof NonNullType nonNullSub && isSubtype(nonNullSub.getType(), nonNullSup.getType());
        }
        if (sub instanceof NonNullType nonNullSub) {
            return isSubtype(nonNullSub.getType(), sup);
        }
        if (sup instanceof ListType listSup) {
            return sub instanceof ListType listSub && isSubtype(listSub.getType(), listSup.getType());
        }
        if (sub instanceof ListType) {
            return false;
        }
        String subName = ((TypeName) sub).getName();
        String supName = ((TypeName) sup).getName();
        return subName.equals(supName) || subtypes.getOrDefault(supName, Set.of()).contains(subName);
    }
}

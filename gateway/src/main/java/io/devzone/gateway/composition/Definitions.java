package io.devzone.gateway.composition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.language.Directive;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;

/** Small pure operations on SDL type definitions: folding extensions in and dropping directives. */
final class Definitions {

    /** Directives a client schema keeps; every other one (federation's, a subgraph's own) is dropped. */
    private static final List<String> KEPT_DIRECTIVES = List.of("deprecated", "specifiedBy", "oneOf");

    private Definitions() {
    }

    /** Folds a later definition (or {@code extend}) of the same type into an earlier one. */
    static TypeDefinition<?> fold(TypeDefinition<?> base, TypeDefinition<?> more) {
        if (base instanceof ObjectTypeDefinition b && more instanceof ObjectTypeDefinition m) {
            return ObjectTypeDefinition.newObjectTypeDefinition().name(b.getName())
                    .description(b.getDescription() != null ? b.getDescription() : m.getDescription())
                    .implementz(union(b.getImplements(), m.getImplements(), t -> ((TypeName) t).getName()))
                    .directives(concat(b.getDirectives(), m.getDirectives()))
                    .fieldDefinitions(union(b.getFieldDefinitions(), m.getFieldDefinitions(), FieldDefinition::getName))
                    .build();
        }
        if (base instanceof InterfaceTypeDefinition b && more instanceof InterfaceTypeDefinition m) {
            return b.transform(t -> t.directives(concat(b.getDirectives(), m.getDirectives()))
                    .definitions(union(b.getFieldDefinitions(), m.getFieldDefinitions(), FieldDefinition::getName)));
        }
        if (base instanceof UnionTypeDefinition b && more instanceof UnionTypeDefinition m) {
            return b.transform(t -> t.memberTypes(union(b.getMemberTypes(), m.getMemberTypes(),
                    type -> ((TypeName) type).getName())));
        }
        if (base instanceof EnumTypeDefinition b && more instanceof EnumTypeDefinition m) {
            return b.transform(t -> t.enumValueDefinitions(
                    union(b.getEnumValueDefinitions(), m.getEnumValueDefinitions(), EnumValueDefinition::getName)));
        }
        if (base instanceof InputObjectTypeDefinition b && more instanceof InputObjectTypeDefinition m) {
            return b.transform(t -> t.inputValueDefinitions(
                    union(b.getInputValueDefinitions(), m.getInputValueDefinitions(), InputValueDefinition::getName)));
        }
        return base;
    }

    /** The definition as a client sees it: federation and other subgraph directives removed. */
    static TypeDefinition<?> clean(TypeDefinition<?> type) {
        return clean(type, false);
    }

    /** Likewise, keeping {@code @constraint} on input fields and arguments when {@code constraints} is set. */
    static TypeDefinition<?> clean(TypeDefinition<?> type, boolean constraints) {
        if (type instanceof ObjectTypeDefinition t) {
            return ObjectTypeDefinition.newObjectTypeDefinition().name(t.getName()).description(t.getDescription())
                    .implementz(t.getImplements()).directives(kept(t.getDirectives()))
                    .fieldDefinitions(t.getFieldDefinitions().stream().map(f -> clean(f, constraints)).toList())
                    .build();
        }
        if (type instanceof InterfaceTypeDefinition t) {
            return t.transform(b -> b.directives(kept(t.getDirectives()))
                    .definitions(t.getFieldDefinitions().stream().map(f -> clean(f, constraints)).toList()));
        }
        if (type instanceof EnumTypeDefinition t) {
            return t.transform(b -> b.directives(kept(t.getDirectives())).enumValueDefinitions(
                    t.getEnumValueDefinitions().stream()
                            .map(v -> v.transform(vb -> vb.directives(kept(v.getDirectives())))).toList()));
        }
        if (type instanceof InputObjectTypeDefinition t) {
            return t.transform(b -> b.directives(kept(t.getDirectives())).inputValueDefinitions(
                    t.getInputValueDefinitions().stream().map(v -> clean(v, constraints)).toList()));
        }
        if (type instanceof UnionTypeDefinition t) {
            return t.transform(b -> b.directives(kept(t.getDirectives())));
        }
        if (type instanceof ScalarTypeDefinition t) {
            return t.transform(b -> b.directives(kept(t.getDirectives())));
        }
        return type;
    }

    private static FieldDefinition clean(FieldDefinition field, boolean constraints) {
        return field.transform(b -> b.directives(kept(field.getDirectives())).inputValueDefinitions(
                field.getInputValueDefinitions().stream().map(v -> clean(v, constraints)).toList()));
    }

    static String print(Type<?> type) {
        return graphql.language.AstPrinter.printAst(type);
    }

    private static InputValueDefinition clean(InputValueDefinition value, boolean constraints) {
        return value.transform(b -> b.directives(value.getDirectives().stream()
                .filter(d -> KEPT_DIRECTIVES.contains(d.getName())
                        || constraints && d.getName().equals(Constraints.DIRECTIVE))
                .toList()));
    }

    private static List<Directive> kept(List<Directive> directives) {
        return directives.stream().filter(d -> KEPT_DIRECTIVES.contains(d.getName())).toList();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Both lists' elements, the first occurrence of each name winning. */
    private static <T> List<T> union(List<? extends T> a, List<? extends T> b, Function<T, String> name) {
        Map<String, T> byName = new LinkedHashMap<>();
        a.forEach(element -> byName.putIfAbsent(name.apply(element), element));
        b.forEach(element -> byName.putIfAbsent(name.apply(element), element));
        return new ArrayList<>(byName.values());
    }
}

package io.devzone.gateway.composition;

import java.util.List;
import java.util.Optional;

import graphql.language.Argument;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.StringValue;

/**
 * Reads the Apollo Federation v2 directives a subgraph applies. Names may come imported ({@code @key}) or
 * namespaced ({@code @federation__key}); both mean the same.
 */
final class Federation {

    static final String SPEC_URL = "https://specs.apollo.dev/federation/v2";
    static final String ENTITIES = "_entities";
    static final String SERVICE = "_service";

    /** Types and fields that only exist for the federation protocol and never reach clients. */
    static boolean isProtocolType(String name) {
        return name.startsWith("_") || name.startsWith("link__") || name.startsWith("federation__")
                || name.equals("FieldSet") || name.equals("link__Import");
    }

    private Federation() {
    }

    static boolean has(DirectivesContainer<?> element, String name) {
        return directives(element, name).findAny().isPresent();
    }

    /** The resolvable {@code @key} field sets of a type, in declaration order. */
    static List<String> keys(DirectivesContainer<?> type) {
        return directives(type, "key")
                .filter(key -> booleanArgument(key, "resolvable").orElse(true))
                .map(key -> stringArgument(key, "fields").orElse(""))
                .filter(fields -> !fields.isBlank())
                .toList();
    }

    /** The field sets of all of a type's {@code @key}s, resolvable or not: their fields are shareable. */
    static List<String> allKeys(DirectivesContainer<?> type) {
        return directives(type, "key").map(key -> stringArgument(key, "fields").orElse(""))
                .filter(fields -> !fields.isBlank()).toList();
    }

    /** The subgraph a field is taken over from ({@code @override(from:)}). */
    static Optional<String> overrides(DirectivesContainer<?> field) {
        return directives(field, "override").findFirst().flatMap(d -> stringArgument(d, "from"));
    }

    /** Whether any {@code @key} (resolvable or not) marks the type as an entity in this subgraph. */
    static boolean isEntity(DirectivesContainer<?> type) {
        return has(type, "key");
    }

    static Optional<String> requires(DirectivesContainer<?> field) {
        return directives(field, "requires").findFirst().flatMap(d -> stringArgument(d, "fields"));
    }

    static Optional<String> provides(DirectivesContainer<?> field) {
        return directives(field, "provides").findFirst().flatMap(d -> stringArgument(d, "fields"));
    }

    static Optional<String> stringArgument(Directive directive, String name) {
        Argument argument = directive.getArgument(name);
        return argument != null && argument.getValue() instanceof StringValue value
                ? Optional.of(value.getValue())
                : Optional.empty();
    }

    private static Optional<Boolean> booleanArgument(Directive directive, String name) {
        Argument argument = directive.getArgument(name);
        return argument != null && argument.getValue() instanceof BooleanValue value
                ? Optional.of(value.isValue())
                : Optional.empty();
    }

    private static java.util.stream.Stream<Directive> directives(DirectivesContainer<?> element, String name) {
        return element.getDirectives().stream().filter(d -> isNamed(d, name));
    }

    static boolean isNamed(Directive directive, String name) {
        return directive.getName().equals(name) || directive.getName().equals("federation__" + name);
    }
}

package io.devzone.gateway.composition;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import graphql.language.Argument;
import graphql.language.AstPrinter;
import graphql.language.Directive;
import graphql.language.DirectiveDefinition;
import graphql.language.InputValueDefinition;

/**
 * The {@code @constraint} directive: the Bean Validation limits (length, range, pattern) a subgraph prints on its input
 * fields and arguments, carried into the client schema so a browser can mirror them. It is the one subgraph directive
 * clients see, and only where it is sure: an input field or argument that several subgraphs define keeps its
 * {@code @constraint}s only when they all declare the same ones, and the directive only when every subgraph that
 * defines it defines it alike. The subgraphs still check every input themselves.
 */
final class Constraints {

    static final String DIRECTIVE = "constraint";

    private Constraints() {
    }

    /** The directive's definition, if some subgraph defines it and all that do define it alike. */
    static Optional<DirectiveDefinition> definition(Collection<Subgraph> subgraphs) {
        Map<String, DirectiveDefinition> byText = new LinkedHashMap<>();
        subgraphs.forEach(subgraph -> subgraph.directive(DIRECTIVE)
                .ifPresent(definition -> byText.putIfAbsent(AstPrinter.printAst(definition), definition)));
        return byText.size() == 1 ? Optional.of(byText.values().iterator().next()) : Optional.empty();
    }

    /** {@code kept}, without its {@code @constraint}s unless {@code other} (the same field elsewhere) has the same. */
    static InputValueDefinition agreed(InputValueDefinition kept, InputValueDefinition other) {
        return printed(kept).equals(printed(other)) ? kept
                : kept.transform(b -> b.directives(kept.getDirectives().stream()
                        .filter(d -> !d.getName().equals(DIRECTIVE)).toList()));
    }

    /** Each of {@code kept}'s arguments, as {@link #agreed} with the argument of that name in {@code other}. */
    static List<InputValueDefinition> agreed(List<InputValueDefinition> kept, List<InputValueDefinition> other) {
        Map<String, InputValueDefinition> others = other.stream()
                .collect(Collectors.toMap(InputValueDefinition::getName, value -> value, (a, b) -> a));
        return kept.stream().map(value -> others.containsKey(value.getName())
                ? agreed(value, others.get(value.getName())) : value).toList();
    }

    private static String printed(InputValueDefinition value) {
        return value.getDirectives().stream().filter(d -> d.getName().equals(DIRECTIVE)).map(Constraints::print)
                .sorted().collect(Collectors.joining(" "));
    }

    private static String print(Directive directive) {
        // arguments in name order: @constraint(min: 1, max: 2) and @constraint(max: 2, min: 1) agree
        return AstPrinter.printAst(directive.transform(b -> b.arguments(directive.getArguments().stream()
                .sorted(Comparator.comparing(Argument::getName)).toList())));
    }
}

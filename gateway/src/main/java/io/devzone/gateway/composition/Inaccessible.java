package io.devzone.gateway.composition;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import graphql.language.DirectivesContainer;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;

/**
 * What {@code @inaccessible} hides from clients: a type, a field, an argument, an enum value or an input field that
 * any subgraph marks so (as Apollo's composition carries the directive into the supergraph). The subgraphs keep
 * them: the planner still asks for a hidden field it needs, and a subgraph may still answer a hidden enum value,
 * which the gateway nulls as one the client's schema does not have.
 */
final class Inaccessible {

    private static final String DIRECTIVE = "inaccessible";

    private Inaccessible() {
    }

    /** Whether some subgraph hides the type itself. */
    static boolean type(Collection<TypeDefinition<?>> definitions) {
        return definitions.stream().anyMatch(Inaccessible::hidden);
    }

    /**
     * The merged type without what any of its subgraph definitions hides. A required argument or input field may not
     * be hidden (a client could then never send it): that is a problem named here, as Apollo's composition refuses it.
     */
    static TypeDefinition<?> hide(String typeName, TypeDefinition<?> merged, Collection<TypeDefinition<?>> definitions,
            List<String> problems) {
        Set<String> hidden = new LinkedHashSet<>();
        definitions.forEach(definition -> hiddenIn(definition, hidden));
        if (hidden.isEmpty()) {
            return merged;
        }
        if (merged instanceof ObjectTypeDefinition object) {
            return object.transform(b -> b.fieldDefinitions(visibleFields(typeName, object.getFieldDefinitions(),
                    hidden, problems)));
        }
        if (merged instanceof InterfaceTypeDefinition face) {
            return face.transform(b -> b.definitions(visibleFields(typeName, face.getFieldDefinitions(), hidden,
                    problems)));
        }
        if (merged instanceof EnumTypeDefinition enumType) {
            return enumType.transform(b -> b.enumValueDefinitions(enumType.getEnumValueDefinitions().stream()
                    .filter(value -> !hidden.contains(value.getName())).toList()));
        }
        if (merged instanceof InputObjectTypeDefinition input) {
            return input.transform(b -> b.inputValueDefinitions(visibleValues(typeName,
                    input.getInputValueDefinitions(), UnaryOperator.identity(), hidden, problems)));
        }
        return merged;
    }

    /** Whether some subgraph has a value of this enum that clients do not see, and so may answer one. */
    static boolean hidesValues(Collection<TypeDefinition<?>> definitions) {
        return definitions.stream().anyMatch(definition -> definition instanceof EnumTypeDefinition enumType
                && enumType.getEnumValueDefinitions().stream().anyMatch(Inaccessible::hidden));
    }

    /** The hidden elements of one subgraph's definition: fields and input fields by name, arguments as field(arg:). */
    private static void hiddenIn(TypeDefinition<?> definition, Set<String> hidden) {
        List<FieldDefinition> fields = definition instanceof ObjectTypeDefinition object ? object.getFieldDefinitions()
                : definition instanceof InterfaceTypeDefinition face ? face.getFieldDefinitions() : List.of();
        fields.forEach(field -> {
            if (hidden(field)) {
                hidden.add(field.getName());
            }
            field.getInputValueDefinitions().stream().filter(Inaccessible::hidden)
                    .forEach(argument -> hidden.add(argument(field, argument.getName())));
        });
        if (definition instanceof EnumTypeDefinition enumType) {
            enumType.getEnumValueDefinitions().stream().filter(Inaccessible::hidden)
                    .map(EnumValueDefinition::getName).forEach(hidden::add);
        }
        if (definition instanceof InputObjectTypeDefinition input) {
            input.getInputValueDefinitions().stream().filter(Inaccessible::hidden)
                    .map(InputValueDefinition::getName).forEach(hidden::add);
        }
    }

    private static List<FieldDefinition> visibleFields(String typeName, List<FieldDefinition> fields,
            Set<String> hidden, List<String> problems) {
        return fields.stream().filter(field -> !hidden.contains(field.getName()))
                .map(field -> field.transform(b -> b.inputValueDefinitions(visibleValues(typeName,
                        field.getInputValueDefinitions(), name -> argument(field, name), hidden, problems))))
                .toList();
    }

    /** The values (arguments or input fields, known in {@code hidden} by {@code key}) not hidden. */
    private static List<InputValueDefinition> visibleValues(String typeName, List<InputValueDefinition> values,
            UnaryOperator<String> key, Set<String> hidden, List<String> problems) {
        return values.stream().filter(value -> {
            boolean visible = !hidden.contains(key.apply(value.getName()));
            if (!visible && value.getType() instanceof NonNullType && value.getDefaultValue() == null) {
                problems.add(typeName + "." + key.apply(value.getName())
                        + " is required, so it may not be @inaccessible");
            }
            return visible;
        }).toList();
    }

    private static String argument(FieldDefinition field, String name) {
        return field.getName() + "(" + name + ":)";
    }

    private static boolean hidden(DirectivesContainer<?> element) {
        return Federation.has(element, DIRECTIVE);
    }
}

package io.devzone.gateway.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.AstPrinter;
import graphql.language.Field;
import graphql.language.InlineFragment;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.NormalizedInputValue;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;

/**
 * Normalized fields as one subgraph's selections, arguments inlined as literals. A field is asked on its parent's
 * abstract type only where every member declares it with the interface's own type; elsewhere (a member narrowing
 * it, {@code Book.similar: Book} under {@code Product.similar: Product}) in a fragment per member, each with the
 * member's own type. Fields of one response key that members type differently ({@code User.id: ID!},
 * {@code Admin.id: ID}) cannot share it in one request: all but the first type are asked under
 * {@link #ALIAS} aliases, which {@link #unaliased} takes off the subgraph's answer.
 */
public final class SubgraphSelections {

    /** The prefix of an alias that stands for another response key: {@code _dz_as<n>_<key>}. */
    public static final String ALIAS = EntityFetch.HIDDEN + "as";

    private SubgraphSelections() {
    }

    /** The selections of {@code fields} on {@code parent}, a type of {@code schema}. */
    static SelectionSet of(GraphQLSchema schema, GraphQLCompositeType parent, List<ExecutableNormalizedField> fields) {
        List<Field> direct = new ArrayList<>();
        Map<String, List<Field>> byType = new LinkedHashMap<>();
        List<GraphQLObjectType> possible = possibleTypes(schema, parent);
        for (ExecutableNormalizedField field : fields) {
            if (parent instanceof GraphQLObjectType) {
                direct.add(field(schema, parent, field));
                continue;
            }
            List<GraphQLObjectType> types = possible.stream()
                    .filter(type -> field.getObjectTypeNames().contains(type.getName())).toList();
            // an interface nothing implements here is asked as it is: its objects can then only be refused
            if (types.size() == possible.size() && alike(parent, types, field)) {
                direct.add(field(schema, parent, field));
            } else if (types.isEmpty()) {
                continue; // no member this subgraph may return here has the field
            } else {
                types.forEach(type -> byType.computeIfAbsent(type.getName(), ignored -> new ArrayList<>())
                        .add(field(schema, type, field)));
            }
        }
        aliasConflicts(schema, parent, direct, byType);
        List<Selection> selections = new ArrayList<>(direct);
        byType.forEach((type, typed) -> selections.add(InlineFragment.newInlineFragment()
                .typeCondition(TypeName.newTypeName(type).build())
                .selectionSet(SelectionSet.newSelectionSet().selections(List.copyOf(typed)).build()).build()));
        if (selections.isEmpty()) {
            // every child was of a member this subgraph cannot return here: a selection must not be empty
            selections.add(Field.newField("__typename").build());
        }
        return SelectionSet.newSelectionSet().selections(selections).build();
    }

    /**
     * The subgraph's answer with the aliases {@link #of} gave taken off: each object's field under the response key
     * the client's selection has.
     */
    @SuppressWarnings("unchecked")
    public static Object unaliased(Object value) {
        if (value instanceof Map<?, ?> object) {
            Map<String, Object> renamed = new LinkedHashMap<>();
            ((Map<String, Object>) object).forEach((key, child) -> renamed.put(key.startsWith(ALIAS)
                    ? key.substring(key.indexOf('_', ALIAS.length()) + 1) : key, unaliased(child)));
            return renamed;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(SubgraphSelections::unaliased).toList();
        }
        return value;
    }

    /** Whether the interface declares the field as each of {@code types} does (a union declares none but __typename). */
    private static boolean alike(GraphQLCompositeType parent, List<GraphQLObjectType> types,
            ExecutableNormalizedField field) {
        if (field.getFieldName().equals("__typename")) {
            return true;
        }
        if (!(parent instanceof GraphQLInterfaceType face) || face.getFieldDefinition(field.getFieldName()) == null) {
            return false;
        }
        String declared = GraphQLTypeUtil.simplePrint(face.getFieldDefinition(field.getFieldName()).getType());
        return types.stream().allMatch(type -> declared.equals(
                GraphQLTypeUtil.simplePrint(type.getFieldDefinition(field.getFieldName()).getType())));
    }

    private static Field field(GraphQLSchema schema, GraphQLCompositeType parent, ExecutableNormalizedField field) {
        Field.Builder node = Field.newField(field.getFieldName()).alias(field.getAlias())
                .arguments(arguments(field));
        if (!field.getChildren().isEmpty()) {
            GraphQLOutputType type = definition(parent, field.getFieldName()).getType();
            node.selectionSet(of(schema, (GraphQLCompositeType) GraphQLTypeUtil.unwrapAll(type),
                    field.getChildren()));
        }
        return node.build();
    }

    /**
     * Each response key asked with different types (or fields) in one selection: the fields of the first kept,
     * the others under an {@link #ALIAS} alias per kind, as no member's object holds the key twice.
     */
    private static void aliasConflicts(GraphQLSchema schema, GraphQLCompositeType parent, List<Field> direct,
            Map<String, List<Field>> byType) {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        direct.forEach(field -> kind(kinds, parent, field));
        byType.forEach((type, fields) -> fields.forEach(field -> kind(kinds, schema.getObjectType(type), field)));
        if (kinds.values().stream().allMatch(each -> each.size() == 1)) {
            return;
        }
        direct.replaceAll(field -> aliased(kinds, parent, field));
        byType.forEach((type, fields) -> fields.replaceAll(field -> aliased(kinds, schema.getObjectType(type), field)));
    }

    private static void kind(Map<String, List<String>> kinds, GraphQLCompositeType parent, Field field) {
        List<String> seen = kinds.computeIfAbsent(field.getResultKey(), ignored -> new ArrayList<>());
        String kind = kindOf(parent, field);
        if (!seen.contains(kind)) {
            seen.add(kind);
        }
    }

    private static Field aliased(Map<String, List<String>> kinds, GraphQLCompositeType parent, Field field) {
        int index = kinds.get(field.getResultKey()).indexOf(kindOf(parent, field));
        return index == 0 ? field
                : field.transform(node -> node.alias(ALIAS + index + "_" + field.getResultKey()));
    }

    /** What a response key holds: the field, its arguments and its type as the parent declares it. */
    private static String kindOf(GraphQLCompositeType parent, Field field) {
        String type = field.getName().equals("__typename") ? "String!"
                : GraphQLTypeUtil.simplePrint(definition(parent, field.getName()).getType());
        return AstPrinter.printAstCompact(field.transform(node -> node.alias(null).selectionSet(null))) + ":" + type;
    }

    private static GraphQLFieldDefinition definition(GraphQLCompositeType parent, String name) {
        return ((GraphQLFieldsContainer) parent).getFieldDefinition(name);
    }

    private static List<GraphQLObjectType> possibleTypes(GraphQLSchema schema, GraphQLCompositeType type) {
        if (type instanceof GraphQLObjectType object) {
            return List.of(object);
        }
        if (type instanceof GraphQLUnionType union) {
            return union.getTypes().stream().map(GraphQLObjectType.class::cast).toList();
        }
        return schema.getImplementations((GraphQLInterfaceType) type);
    }

    private static List<Argument> arguments(ExecutableNormalizedField field) {
        List<Argument> arguments = new ArrayList<>();
        field.getNormalizedArguments().forEach((name, value) -> arguments.add(new Argument(name, literal(value))));
        return arguments;
    }

    /** A normalized argument value as a literal: input objects and lists hold normalized values in turn. */
    private static Value<?> literal(Object value) {
        if (value instanceof NormalizedInputValue normalized) {
            return literal(normalized.getValue());
        }
        if (value instanceof Value<?> literal) {
            return literal;
        }
        if (value instanceof Map<?, ?> object) {
            List<ObjectField> fields = new ArrayList<>();
            object.forEach((name, each) -> fields.add(new ObjectField((String) name, literal(each))));
            return ObjectValue.newObjectValue().objectFields(fields).build();
        }
        if (value instanceof List<?> list) {
            return ArrayValue.newArrayValue().values(list.stream().<Value>map(SubgraphSelections::literal).toList())
                    .build();
        }
        return NullValue.of();
    }
}

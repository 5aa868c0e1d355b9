package io.devzone.gateway.composition;

import java.util.List;

import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.parser.Parser;

/** Federation field sets ({@code "id"}, {@code "id organisation { id }"}) read as GraphQL selections. */
public final class FieldSets {

    private FieldSets() {
    }

    public static SelectionSet parse(String fieldSet) {
        return Parser.parse("{" + fieldSet + "}").getDefinitionsOfType(OperationDefinition.class).get(0)
                .getSelectionSet();
    }

    public static List<String> topLevelNames(String fieldSet) {
        return parse(fieldSet).getSelectionsOfType(Field.class).stream().map(Field::getName).toList();
    }
}

package io.devzone.graphql.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.parser.InvalidSyntaxException;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/** The messages graphql-java really gives for bad literals, as the gateway and the services answer them. */
class ErrorMessagesTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            enum Park { JIANGBEI }
            input Filter { park: Park name: String }
            type Query { enterprises(filter: Filter, size: Int): Int }
            """), RuntimeWiring.newRuntimeWiring().build());

    private static String validationMessage(String query) {
        ExecutionResult result = GraphQL.newGraphQL(SCHEMA).build().execute(query);
        assertEquals(1, result.getErrors().size(), result.getErrors().toString());
        return ErrorMessages.validation(result.getErrors().get(0).getMessage());
    }

    @Test
    void anUnknownEnumValueNamesTheEnumNotTheValue() {
        String message = validationMessage("{ enterprises(filter: {park: HOSTILE_VALUE}) }");
        assertEquals("Validation error (WrongType@[enterprises]) : argument 'filter.park' is not one of the values"
                + " of enum 'Park'.", message);
    }

    @Test
    void anUnknownInputFieldNamesTheInputTypeNotTheFieldsSent() {
        String message = validationMessage("{ enterprises(filter: {hostileField: 1, name: \"hostile text\"}) }");
        assertEquals("Validation error (WrongType@[enterprises]) : argument 'filter' has a field that 'Filter' does"
                + " not define.", message);
    }

    @Test
    void anIntBeyond32BitsNamesTheTypeNotTheNumber() {
        String message = validationMessage("{ enterprises(size: 99999999999) }");
        assertEquals("Validation error (WrongType@[enterprises]) : argument 'size' is not a valid 'Int'.", message);
    }

    @Test
    void aMessageWithoutASyntaxTreeIsKept() {
        String message = validationMessage("{ noSuchField }");
        assertEquals(message, ErrorMessages.validation(message));
        for (String leak : List.of("Value{", "Field{", "hostile")) {
            assertFalse(validationMessage("{ enterprises(filter: {hostileField: 1}) }").contains(leak));
        }
    }

    @Test
    void aSyntaxErrorSaysWhereWithoutTheText() {
        QueryLimits limits = new QueryLimits(12, 30, 2000, 32768, 15000);
        InvalidSyntaxException e = assertThrows(InvalidSyntaxException.class,
                () -> limits.parse("{ enterprises {\n  hostileToken( }"));
        assertEquals("The query does not parse: invalid syntax at line 2, column 17.", ErrorMessages.syntax(e));
    }
}

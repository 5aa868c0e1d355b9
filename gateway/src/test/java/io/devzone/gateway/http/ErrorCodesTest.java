package io.devzone.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/** The gateway's own validation errors as a client reads them: a code, and no syntax-tree dump or value sent. */
class ErrorCodesTest {

    @Test
    @SuppressWarnings("unchecked")
    void aValidationErrorGetsItsCodeAndAMessageWithoutTheSyntaxTree() {
        GraphQL graphQL = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(
                "enum Park { JIANGBEI } type Query { enterprises(park: Park, size: Int): Int }"),
                RuntimeWiring.newRuntimeWiring().build())).build();
        ExecutionResult result = graphQL.execute("{ enterprises(park: HOSTILE_VALUE, size: 99999999999) }");

        List<Map<String, Object>> errors = (List<Map<String, Object>>) ErrorCodes
                .withCodes(result.toSpecification()).get("errors");

        assertEquals(List.of("Validation error (WrongType@[enterprises]) : argument 'park' is not one of the values"
                + " of enum 'Park'.", "Validation error (WrongType@[enterprises]) : argument 'size' is not a valid"
                + " 'Int'."), errors.stream().map(error -> error.get("message")).toList());
        errors.forEach(error -> assertEquals("GRAPHQL_VALIDATION_FAILED",
                ((Map<String, Object>) error.get("extensions")).get("code")));
    }
}

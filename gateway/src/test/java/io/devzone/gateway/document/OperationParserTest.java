package io.devzone.gateway.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.ErrorType;
import graphql.language.OperationDefinition;

import io.devzone.graphql.limits.QueryLimits;

class OperationParserTest {

    private final OperationParser parser = new OperationParser(new QueryLimits(12, 30, 2000, 32_768, 50));

    @Test
    void aWellFormedQueryIsAcceptedAsItsDocument() {
        CheckedDocument parsed = parser.parse("query Names { investmentProjects { items { name } } }");

        assertTrue(parsed.isAccepted());
        assertEquals(List.of(), parsed.errors());
        assertEquals("Names", parsed.document().getDefinitionsOfType(OperationDefinition.class).get(0).getName());
    }

    @Test
    void textThatDoesNotParseIsRefusedWithOneSyntaxError() {
        CheckedDocument parsed = parser.parse("{ investmentProjects { items { name } }");

        assertFalse(parsed.isAccepted());
        assertNull(parsed.document());
        assertEquals(1, parsed.errors().size());
        assertEquals(ErrorType.InvalidSyntax, parsed.errors().get(0).getErrorType(),
                "answered as GRAPHQL_PARSE_FAILED by the HTTP layer");
    }

    @Test
    void textOverTheParsersTokenLimitIsGivenUpAsASyntaxError() {
        CheckedDocument parsed = parser.parse("{ " + "investmentProjects { totalItems } ".repeat(20) + "}");

        assertFalse(parsed.isAccepted());
        assertEquals(ErrorType.InvalidSyntax, parsed.errors().get(0).getErrorType());
        assertTrue(parsed.errors().get(0).getMessage().contains("50"), parsed.errors().get(0).getMessage());
    }
}

package io.devzone.gateway.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.parser.Parser;

import io.devzone.gateway.composition.Composer;
import io.devzone.gateway.composition.CompositionException;
import io.devzone.gateway.composition.Subgraphs;
import io.devzone.gateway.execution.GatewayWiring;

class OperationValidatorTest {

    private final OperationValidator validator = new OperationValidator(composedSchema());

    @Test
    void aDocumentThatFitsTheComposedSchemaIsAcceptedAsItWas() {
        CheckedDocument parsed = CheckedDocument.accepted(Parser.parse(
                "{ investmentProjects { items { name landParcels { code } enterprise { partyActivities { title } } } } }"));

        assertSame(parsed, validator.validate(parsed));
    }

    @Test
    void aDocumentThatBreaksTheRulesIsRefusedWithEveryValidationError() {
        CheckedDocument checked = validator.validate(CheckedDocument.accepted(Parser.parse(
                "query($unused: Int) { investmentProjects { items { name budget } } landParcel { code } }")));

        assertFalse(checked.isAccepted());
        assertEquals(3, checked.errors().size(), checked.errors().toString()); // budget, landParcel(id:), $unused
        assertTrue(checked.errors().stream().map(GraphQLError::getErrorType)
                .allMatch(ErrorType.ValidationError::equals), "answered as GRAPHQL_VALIDATION_FAILED");
        assertTrue(checked.errors().stream().anyMatch(e -> e.getMessage().contains("budget")),
                checked.errors().toString());
    }

    @Test
    void subgraphPlumbingIsNotPartOfTheComposedSchema() {
        CheckedDocument checked = validator.validate(CheckedDocument.accepted(Parser.parse(
                "{ _service { sdl } }")));

        assertFalse(checked.isAccepted());
    }

    private static graphql.schema.GraphQLSchema composedSchema() {
        try {
            return new Composer(new GatewayWiring()).compose(Subgraphs.DEVZONE).schema();
        } catch (CompositionException e) {
            throw new AssertionError(e);
        }
    }
}

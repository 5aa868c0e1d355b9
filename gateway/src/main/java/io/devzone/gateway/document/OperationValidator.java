package io.devzone.gateway.document;

import java.util.Locale;

import graphql.ParseAndValidate;
import graphql.schema.GraphQLSchema;

/**
 * The second stage: a parsed document validated against the composed schema by graphql-java's rules (fields and
 * arguments exist, variables are declared and used, fragments fit). A document that breaks any rule is refused with
 * all its validation errors (classification {@code ValidationError}, answered as {@code GRAPHQL_VALIDATION_FAILED}).
 */
public final class OperationValidator {

    private final GraphQLSchema schema;

    public OperationValidator(GraphQLSchema schema) {
        this.schema = schema;
    }

    public CheckedDocument validate(CheckedDocument parsed) {
        var errors = ParseAndValidate.validate(schema, parsed.document(), Locale.getDefault());
        return errors.isEmpty() ? parsed : CheckedDocument.refused(parsed.document(), errors);
    }
}

package io.devzone.gateway.document;

import java.util.List;

import graphql.GraphQLError;
import graphql.language.Document;

/**
 * A client's query text after a stage that checks it: the parsed document, and the errors that refuse it (none
 * when it passed). A refused document is answered with its errors alone and runs nothing.
 */
public record CheckedDocument(Document document, List<? extends GraphQLError> errors) {

    public static CheckedDocument accepted(Document document) {
        return new CheckedDocument(document, List.of());
    }

    public static CheckedDocument refused(Document document, List<? extends GraphQLError> errors) {
        return new CheckedDocument(document, List.copyOf(errors));
    }

    public boolean isAccepted() {
        return errors.isEmpty();
    }
}

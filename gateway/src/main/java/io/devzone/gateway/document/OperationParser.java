package io.devzone.gateway.document;

import java.util.List;

import graphql.parser.InvalidSyntaxException;

import io.devzone.graphql.limits.QueryLimits;

/**
 * The first stage: the query text parsed, within the parser's limits (characters, tokens), so a long or token-heavy
 * text is given up early. Text that does not parse is refused with graphql-java's syntax error (classification
 * {@code InvalidSyntax}, which the HTTP layer answers as {@code GRAPHQL_PARSE_FAILED}).
 */
public final class OperationParser {

    private final QueryLimits limits;

    public OperationParser(QueryLimits limits) {
        this.limits = limits;
    }

    public CheckedDocument parse(String query) {
        try {
            return CheckedDocument.accepted(limits.parse(query));
        } catch (InvalidSyntaxException e) {
            return CheckedDocument.refused(null, List.of(e.toInvalidSyntaxError()));
        }
    }
}

package io.devzone.commons.graphql;

import java.util.List;
import java.util.function.UnaryOperator;

import io.devzone.commons.error.AccessDeniedException;

/**
 * A record's personal fields on GraphQL. The service withholds them from other departments (null, and named in the
 * view's {@code redactedFields}); each such field is then answered as a FORBIDDEN error at its own path, so the rest of
 * the record still comes back.
 */
public final class PersonalFields {

    private PersonalFields() {
    }

    /**
     * The field's value, or a FORBIDDEN error with {@code refusal}'s message for the field when the service withheld
     * it from this caller.
     */
    public static <T> T readable(List<String> redactedFields, String field, T value, UnaryOperator<String> refusal) {
        if (redactedFields.contains(field)) {
            throw new AccessDeniedException(refusal.apply(field));
        }
        return value;
    }
}

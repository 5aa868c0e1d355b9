package io.devzone.commons.input;

import io.devzone.commons.error.InvalidInputException;

/**
 * A value refused by {@link InputRules}. Where the way in does not know the field's name (a JSON deserializer, an
 * unannotated path parameter) {@code field} is null, and whoever catches it names the field from where the value
 * came ({@link #at}).
 */
public class InvalidValueException extends InvalidInputException {

    private final String field;
    private final String reason;

    public InvalidValueException(String field, String reason) {
        super(field == null ? "value" : field, reason);
        this.field = field;
        this.reason = reason;
    }

    /** The field's name, or null when the way in did not know it. */
    public String field() {
        return field;
    }

    /** What is wrong with the value, without the field. */
    public String reason() {
        return reason;
    }

    /** The same refusal, at the field named. */
    public InvalidInputException at(String name) {
        return new InvalidInputException(name, reason);
    }
}

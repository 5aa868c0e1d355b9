package io.devzone.commons.error;

import java.util.List;
import java.util.stream.Collectors;

import io.smallrye.graphql.api.ErrorCode;

/** Input that breaks a rule: each {@link FieldError} names the field and what is wrong with it. */
@ErrorCode("VALIDATION_FAILED")
public class InvalidInputException extends DomainException {

    private final List<FieldError> errors;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public io.devzone.commons.error.ErrorCode code() {
        return io.devzone.commons.error.ErrorCode.VALIDATION_FAILED;
    }
}

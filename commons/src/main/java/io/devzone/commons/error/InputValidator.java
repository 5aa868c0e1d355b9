package io.devzone.commons.error;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

/**
 * Checks an input against its Bean Validation constraints in the service layer, so that REST and
 * GraphQL refuse bad input alike: one {@link InvalidInputException} listing every field at fault.
 */
@ApplicationScoped
public class InputValidator {

    private final Validator validator;

    InputValidator(Validator validator) {
        this.validator = validator;
    }

    public <T> T check(T input, String name) {
        if (input == null) {
            throw new InvalidInputException(name, "is required");
        }
        List<FieldError> errors = validator.validate(input).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return input;
    }
}

package io.devzone.commons.error;

/** One invalid input: where it is ({@code agreedInvestmentCny}, {@code page}) and what is wrong. */
public record FieldError(String field, String message) {
}

package io.devzone.commons.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.devzone.commons.error.FieldError;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.input.InputRules;

/** The house rules of a period and a date range (CONVENTIONS.md, "Dates and times"): both days inclusive, in order. */
public final class Periods {

    private Periods() {
    }

    /** A range whose ends are both optional (a list filter) must not be reversed. */
    public static void checkRange(String fromField, LocalDate from, String toField, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException(fromField, "must not be after " + toField + " (" + to + ")");
        }
    }

    /** A period (a report's) needs both days, in order; every missing or wrong end is reported at once. */
    public static void checkPeriod(LocalDate from, LocalDate to) {
        List<FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new FieldError("from", "is required: the first day of the period, e.g. 2011-01-01"));
        }
        if (to == null) {
            errors.add(new FieldError("to", "is required: the last day of the period, e.g. 2011-06-30"));
        }
        if (from != null && to != null && from.isAfter(to)) {
            errors.add(new FieldError("from", "must not be after to (" + to + ")"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** A date given as ISO-8601 text (a query parameter), by the house rules ({@link InputRules}); null for none. */
    public static LocalDate parse(String field, String text) {
        return text == null || text.isBlank() ? null : InputRules.parseDate(field, text.strip());
    }
}

package io.devzone.investment.service;

import java.time.LocalDate;

import io.devzone.commons.error.InvalidInputException;

/** The rules of a period (from–to, both inclusive). */
final class Periods {

    private Periods() {
    }

    /** A period whose ends are both optional must not be reversed. */
    static void check(String fromField, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException(fromField, "must not be after the end of the period (" + to + ")");
        }
    }

    /** A period both of whose ends are required, given as ISO-8601 text. */
    static LocalDate[] required(String from, String to) {
        LocalDate start = parse("from", from);
        LocalDate end = parse("to", to);
        check("from", start, end);
        return new LocalDate[] { start, end };
    }

    static LocalDate parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is required: a date such as 2011-06-30");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(field, "is not a date such as 2011-06-30: '" + text + "'");
        }
    }
}

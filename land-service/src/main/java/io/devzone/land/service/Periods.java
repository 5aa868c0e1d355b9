package io.devzone.land.service;

import java.time.LocalDate;

import io.devzone.commons.error.InvalidInputException;

/** Date ranges in filters and periods: both ends inclusive, never reversed. */
final class Periods {

    private Periods() {
    }

    static void checkRange(LocalDate from, LocalDate to) {
        checkRange(from, to, "from", "to");
    }

    static void checkRange(LocalDate from, LocalDate to, String fromName, String toName) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException(fromName, "must not be after " + toName);
        }
    }

    static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new InvalidInputException("from", "is required: the first day of the period, e.g. 2011-01-01");
        }
        if (to == null) {
            throw new InvalidInputException("to", "is required: the last day of the period, e.g. 2011-06-30");
        }
        checkRange(from, to);
    }
}
